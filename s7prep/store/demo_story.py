"""The invented family behind `s7prep demo`: one story, told by every answer.

A grandmother has cared for her two grandchildren, Mia (10) and Leo (6), since March 2024,
when their mother, her daughter, went into hospital after drinking while looking after
them. The children's father has not been in touch since 2021 and is not a party. The
mother applied in January 2026 for the children to live with her again; the grandmother
applied a month later for them to stay with her, with the mother's Saturday time growing as
she stays well. The children had then lived with her for almost two years, so as their
relative she needed no permission to apply (Children Act 1989, s10(5B): a year is enough).
Leo is being assessed for autism; Mia, older, has clear views of her own.
The mother says the grandmother keeps the children from her; the grandmother disputes it.

No real person is described. Values are in the stored form (engine.validate's); an
answer to a question that asks once for each child is a mapping of child key to value.
Some questions are left unanswered on purpose, so coverage shows gaps.
"""

from __future__ import annotations

from typing import Any

from s7prep.packs.model import Child

DEMO_CHILDREN = (
    Child("c1", "Mia", born="2016-05", lives_with="me, since March 2024"),
    Child("c2", "Leo", born="2020-02", lives_with="me, since March 2024"),
)

_ABOUT: dict[str, Any] = {
    "your_role": "grandmother",
    "parental_responsibility": "no",
    "care_history": (
        "Mia and Leo have lived with me since March 2024, when their mum went into hospital. "
        "Children's services and their mum agreed to it. Before that I looked after them two "
        "days a week. I applied to the court in February 2026, a month after their mum did."
    ),
    "applicant": "both",
    "court_permission": "not_needed",
    "your_household": "Only me and the children.",
    "your_partner": "no",
    "other_party_role": "mother",
    "relationship_history": (
        "She is my daughter. The children lived with her until March 2024. Their father has not "
        "been in touch since 2021 and is not part of the case."
    ),
    "same_home": False,
    "other_household": "She lives on her own in a one-bedroom flat.",
    "other_partner": "no",
    "more_parties": False,
    "case_country": "england",
    "stage": "before_interview",
    "next_hearing": "2027-01-14",
    "orders_applied_for": ["child_arrangements"],
    "disputed_issues": ["lives_with", "time"],
    "disputed_detail": (
        "I want the children to stay living with me, with their Saturday time with their mum "
        "growing as she stays well. She wants them to live with her again now."
    ),
    "agreed_already": "That the children stay at their school, and that their mum sees them every Saturday.",
    "existing_orders": ["none"],
    "fact_finding": "no",
    "other_proceedings": ["none"],
    "earlier_reports": "no",
    "agencies": ["childrens_services", "school", "health", "substance_service"],
    "child_protection": "closed",
    "agency_workers": "A social worker from March 2024 to June 2025; the school's family support worker.",
    "legal_help": "none",
    "other_legal_help": "yes",
    "what_matters_most": (
        "That Mia and Leo stay settled with me and at their school, and keep seeing their mum "
        "safely, with more time as she stays well."
    ),
}

_CHILDREN: dict[str, dict[str, Any]] = {
    "child_said": {
        "c1": (
            "In October 2026, after swimming: 'I like living with you, "
            "Nan, but I want to see Mum every week.'"
        ),
        "c2": "He does not say much about it. At bedtime he sometimes asks, 'Is Mummy coming Saturday?'",
    },
    "child_said_how": {"c1": "own", "c2": "own"},
    "child_shown": {
        "c1": "Goes quiet when her mum is late, and watches the window.",
        "c2": "Lines up his cars and hums when he is anxious, most of all on Friday nights.",
    },
    "child_before_after": {
        "c1": "Chatty and happy after Saturdays with her mum; upset all evening when a visit is cancelled.",
        "c2": "Excited on Saturday mornings; needs a quiet hour with his cars afterwards.",
    },
    "child_enjoys": {
        "c1": "Baking with her mum on Saturdays; swimming and reading with me.",
        "c2": "Playing cars with his mum; the park and the swings with me.",
    },
    "child_worries": {"c1": "That her mum will be poorly again.", "c2": "Changes to his routine."},
    "child_told": {
        "c1": "That a helper from the court will talk to each of us, and that the grown-ups will decide.",
        "c2": "That a lady or a man may come to play and talk with him at home.",
    },
    "child_weight": {
        "c1": (
            "At 10 she understands a lot and her views should count, "
            "but she should not feel she has to choose."
        ),
        "c2": "He is too young to weigh it up; what he shows matters more than what he says.",
    },
    "child_talk_help": {
        "c1": "A short explanation first, and meeting at school.",
        "c2": "Seeing him at home with me there. He will not talk to someone new on his own.",
    },
    "child_meet_where": {"c1": "At school, or at my home after school", "c2": "At my home, after school"},
    "child_meet_adult": {"c1": "no", "c2": "yes"},
    "child_meet_adult_who": {"c2": "Me, his grandmother"},
    "child_health": {"c1": "Healthy. Mild eczema: cream morning and night.", "c2": "Healthy. No medicine."},
    "child_routine": {
        "c1": "Bed by 8.30 on school nights.",
        "c2": "The same bedtime every night: bath, two stories, lamp on.",
    },
    "child_school": {"c1": "Local primary school, Year 6", "c2": "Local primary school, Year 2"},
    "child_school_progress": {
        "c1": "Doing well; attendance 97% this year.",
        "c2": "Reading is coming on; he has help with speech in class.",
    },
    "child_activities": {
        "c1": "Swimming on Tuesdays, choir on Thursdays.",
        "c2": "Football club on Saturdays.",
    },
    "child_additional_needs": {"c1": "no", "c2": "being_assessed"},
    "child_needs_kind": {"c2": ["autism", "speech"]},
    "child_ehcp": {"c2": "sen_support"},
    "child_needs_detail": {"c2": "Speech therapy every other Tuesday; a picture timetable in class."},
    "child_needs_change": {
        "c2": "A picture calendar showing the days he sees his mum, and the same handover place each time.",
    },
    "child_needs_agree": {"c2": "partly"},
    "child_current": {
        "c1": "Since March 2024: lives with me, and sees her mum every Saturday, 10am to 2pm.",
        "c2": "Since March 2024: lives with me, and sees his mum every Saturday, 10am to 2pm.",
    },
    "child_last_seen": {
        "c1": "Her mum: Saturday 28 November 2026, four hours at my home",
        "c2": "His mum: Saturday 28 November 2026, four hours at my home",
    },
    "child_contact_gaps": {
        "c1": "No visits for a month in summer 2025, when her mum missed four Saturdays in a row.",
        "c2": "The same month in summer 2025. He asked for his mum every night.",
    },
    "child_past_changes": {
        "c1": "Moved to my home in March 2024; stayed at the same school.",
        "c2": "Moved to my home in March 2024, aged 4; started school in September 2024.",
    },
    "child_proposed_change": {
        "c1": "Nothing at first. Later, a day out with her mum on her own.",
        "c2": "Nothing at first. Later, longer Saturdays, one step at a time.",
    },
    "child_change_help": {
        "c1": "Knowing the plan in advance, written on the kitchen calendar.",
        "c2": "Any change made slowly, one step a month, with pictures to show him.",
    },
    "child_identity": {
        "c1": "Proud of her mum's Irish family; goes to Irish dancing.",
        "c2": "Loves anything with wheels. Hears Irish songs from his mum.",
    },
    "child_family_ties": {
        "c1": "Her mum's cousins, who she sees at Christmas.",
        "c2": "His great-aunt, my sister, who collects him on Thursdays.",
    },
    "child_rel_you": {
        "c1": "Close. We read together every night and she helps me cook.",
        "c2": "Very close. He comes to me when he is upset.",
    },
    "child_rel_other": {
        "c1": "Warm. She loves their Saturdays and asks about her mum's week.",
        "c2": "Loving. He is calm and happy when she plays cars with him.",
    },
    "child_daily_care": {
        "c1": "Me, every day; my sister collects her from school on Thursdays.",
        "c2": "Me, every day; my sister collects him from school on Thursdays.",
    },
    "child_keep_in_touch": {
        "c1": "A video call with her mum on Wednesdays.",
        "c2": "Short video calls; he likes to show his mum his cars.",
    },
    "child_plan_differs": {"c2": "Slower steps than Mia, and the same place for handovers each time."},
    "child_help_needed": {
        "c1": "A few sessions with the school counsellor.",
        "c2": "His speech therapy, kept going.",
    },
}

_WORRIES: dict[str, Any] = {
    "concern_areas": ["harmful_parenting"],
    "harm_who": ["other_party"],
    "hp_types": ["alcohol"],
    "hp_details": (
        "In 2023 she was often drunk when I collected the children. In March 2024 she was taken to "
        "hospital after drinking while she was caring for them on her own."
    ),
    "hp_still": "not_sure",
    "incidents": [
        {
            "what": "Often drunk at school pick-up; I took over the school runs.",
            "when": "2023",
            "ongoing": False,
        },
        {
            "what": "Taken to hospital after drinking while caring for the children on her own.",
            "when": "2024-03",
            "child": "Mia and Leo",
            "who_saw": "Mia, and a neighbour who called the ambulance",
            "help_sought": "Children's services visited the next day",
            "ongoing": False,
        },
        {"what": "Missed four Saturday visits in a row.", "when": "2025-summer", "ongoing": False},
        {
            "what": "Came to a Saturday visit smelling of alcohol; I asked her to come back the next week.",
            "when": "2026-01-17",
            "ongoing": False,
        },
    ],
    "child_harm_effect": {
        "c1": "Mia worries when her mum is late, and checks my phone for messages.",
        "c2": "Leo gets upset and unsettled when a visit is cancelled.",
    },
    "harm_safety_asks": (
        "Her time with the children to stay in the daytime, at my home or a family centre, until "
        "she has had six months of clear tests. Then a day out on her own, building up from there."
    ),
    "concerns_raised": "yes",
    "concerns_kind": ["stopping_contact"],
    "concerns_list": [
        {
            "concern": "That I keep the children from her",
            "raised_by": "Their mum, in her court application",
            "when": "2026-01",
            "position": "disputed",
            "account": (
                "I cancelled one visit, on 17 January 2026, when she arrived smelling of alcohol. "
                "I offered the next Saturday, and that visit went ahead."
            ),
            "evidence": "My messages to her that day",
        }
    ],
    "concerns_changed": "I now text her on Fridays to confirm the visit, and I always offer another date.",
}

_CARE: dict[str, Any] = {
    "cap_you_daily": (
        "School runs, cooking, homework with Mia, and taking Leo to speech therapy every other Tuesday."
    ),
    "cap_you_work": (
        "Monday to Wednesday mornings at the library, 9am to 1pm, while the children are at school."
    ),
    "cap_you_support": (
        "My sister collects the children from school on Thursdays; a neighbour helps in an emergency."
    ),
    "cap_you_home": "A three-bedroom house. Each child has a room of their own.",
    "cap_you_better": "Be firmer about screens at bedtime.",
    "cap_other_good": (
        "She is loving and playful. She reads with Leo and plaits Mia's hair, and they bake together."
    ),
    "cap_other_daily": "She sees them every Saturday from 10am to 2pm and comes to school plays.",
    "cap_support_relationship": (
        "I tell the children their mum loves them, help them make her cards, and keep her photos up."
    ),
    "other_parent_involvement": "with_safeguards",
    "cap_support_family": "They see their mum's cousins at Christmas, and my sister every week.",
}

_PLAN: dict[str, Any] = {
    "lives_with_plan": "me",
    "time_with_other": "daytime",
    "order_sought": ["child_arrangements"],
    "order_reasons": (
        "The children are settled here and at school, and Leo needs his routine. The plan keeps "
        "their time with their mum and lets it grow as she stays well."
    ),
    "stages": [
        {
            "kind": "supervised",
            "what": "Every Saturday, 10am to 2pm, at my home or a family centre, with me there",
            "how_long": "Six months",
            "move_on": "Six months of clear tests, and visits that go ahead as planned",
        },
        {
            "kind": "daytime",
            "what": "A day out with their mum on her own, Saturdays 10am to 5pm",
            "how_long": "Three months; longer for Leo if he needs it",
            "move_on": "Days out that go well, and tests that stay clear",
        },
        {
            "kind": "overnights",
            "what": "Every other Saturday night with their mum, once she has a home with room for them",
            "how_long": "Until the plan is reviewed",
            "nights": {
                "nights": "mmmmmom" + "mmmmmmm",
                "note": "Saturday 10am to Sunday lunchtime; a call at bedtime for Leo at first.",
            },
        },
    ],
    "holidays_share": "term_plus",
    "holidays": "Two extra days in each school holiday, 10am to 4pm.",
    "special_days_share": "usual",
    "special_days": "Birthdays: tea together on the day. Christmas Day: lunch at my home with their mum.",
    "move_planned": "no",
    "handover_place": "My home, or the family centre",
    "handover_who": "Me",
    "indirect_contact": "A video call on Wednesdays at 6pm for 15 minutes, which I set up.",
    "adult_comms": ["messages"],
    "conditions": ["no_alcohol", "testing"],
    "conditions_end": "Six months of clear tests, and visits that go ahead as planned.",
    "review": "After six months, with a family mediator.",
    "services_willing": ["ptfc", "parenting"],
    "mediation_tried": "not_yet",
    "no_order_view": "with_help",
}

_INTERVIEW: dict[str, Any] = {
    "interview_date": "2026-12-10",
    "interview_format": "in_person",
    "interview_where": "The Cafcass office in town, 10am",
    "interview_supporter": "My sister, who will wait outside if asked",
    "interpreter": False,
    "adjustments": "I have hearing loss in one ear: please sit on my right and speak clearly.",
    "safety_needs": ["none"],
    "officer_questions": "Will you see Leo at home? He finds new places hard.",
    "documents": ["school", "health"],
    "interview_worries": "Forgetting the dates.",
}

STORY: dict[str, Any] = {**_ABOUT, **_CHILDREN, **_WORRIES, **_CARE, **_PLAN, **_INTERVIEW}
