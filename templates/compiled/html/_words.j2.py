from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_words.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_words = l_0_section_titles = l_0_group_titles = l_0_where_words = missing
    pass
    l_0_words = {'statement_title': 'My statement for the Cafcass Section 7 interview', 'statement_notice': 'My own account, to help at my meeting with the Cafcass officer. It may be shared with the court and with the other party.', 'statement_footer': 'My own account for the Cafcass officer. It may be shared with the court and the other party.', 'officer_title': 'Notes for the Cafcass officer only', 'officer_notice': "Please keep these notes from the other party: they are about my safety and taking part in the interview. I understand that Cafcass may still share what a child's safety requires.", 'officer_empty': 'Nothing to add for the officer only.', 'officer_footer': "For the Cafcass officer only, not for the other party. Cafcass may share what a child's safety requires.", 'notes_title': 'My interview notes', 'notes_notice': 'Private: every answer I gave, to read before the interview and keep in front of me. Not for handing over.', 'notes_footer': 'My private interview notes. Not for handing over.', 'prepared': 'Prepared', 'my_relationship': 'My relationship to the children', 'other_relationship': "The other party's relationship to the children", 'children': 'The children', 'child': 'The child', 'lives_with': 'lives with', 'born': 'born', 'summary': 'Summary', 'all_children': 'All the children', 'when': 'When', 'child_column': 'Child', 'what': 'What happened', 'chronology': 'Events in date order', 'days': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], 'week': 'Week', 'day_title': 'For the interview day', 'helplines_checked': 'Helpline details checked', 'moved_title': 'Not in the statement, to fit its pages', 'moved': "These answers did not fit on the statement's pages, so they are only here. To bring one back, choose to leave out another answer.", 'hidden': 'Some saved answers are not shown: later answers mean their questions no longer apply.'}
    context.vars['words'] = l_0_words
    context.exported_vars.add('words')
    l_0_section_titles = {'arrangements': 'What I propose', 'harm': 'Worries about harm', 'response': 'Concerns raised about me', 'capability': 'My care of the children', 'strengths': "The other party's strengths, and the children's other relationships", 'about': 'The court case and services involved', 'services': 'Services I would use', 'documents': 'Documents I will bring'}
    context.vars['section_titles'] = l_0_section_titles
    context.exported_vars.add('section_titles')
    l_0_group_titles = {'summary': '', 'wishes': 'Wishes', 'needs': 'Needs', 'change': 'Change', 'identity': 'Identity', 'relationships': 'Care', 'harm': 'Harm', 'plan': 'Plan'}
    context.vars['group_titles'] = l_0_group_titles
    context.exported_vars.add('group_titles')
    l_0_where_words = {'statement': 'in the statement', 'heading': 'at the top of each document', 'officer': "in the officer's notes", 'notes only': 'notes only', 'left out': 'left out of the statement by me', 'moved to fit': "moved here to fit the statement's pages", 'says nothing': 'not printed', 'held back': 'kept out of the statement: it looks like an address, and you asked for yours to be kept private'}
    context.vars['where_words'] = l_0_where_words
    context.exported_vars.add('where_words')

blocks = {}
debug_info = '4=12&36=15&48=18&58=21'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'dd0bc11d8598355539f938d7527a1c3c7d7b3bc84aa6047d734259b22a998689'
JINJA = '3.1.6'
