from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'statement.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_s = resolve('s')
    l_0_words = l_0_section_titles = l_0_group_titles = l_0_where_words = missing
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    included_template = environment.get_template('_words.j2', 'statement.md.j2')._get_default_module(context)
    l_0_words = getattr(included_template, 'words', missing)
    if l_0_words is missing:
        l_0_words = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'statement.md.j2') does not export the requested name 'words'", name='words')
    l_0_section_titles = getattr(included_template, 'section_titles', missing)
    if l_0_section_titles is missing:
        l_0_section_titles = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'statement.md.j2') does not export the requested name 'section_titles'", name='section_titles')
    l_0_group_titles = getattr(included_template, 'group_titles', missing)
    if l_0_group_titles is missing:
        l_0_group_titles = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'statement.md.j2') does not export the requested name 'group_titles'", name='group_titles')
    l_0_where_words = getattr(included_template, 'where_words', missing)
    if l_0_where_words is missing:
        l_0_where_words = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'statement.md.j2') does not export the requested name 'where_words'", name='where_words')
    context.vars.update({'words': l_0_words, 'section_titles': l_0_section_titles, 'group_titles': l_0_group_titles, 'where_words': l_0_where_words})
    context.exported_vars.difference_update(('words', 'section_titles', 'group_titles', 'where_words'))
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'statement_title')))
    yield '\n\n> '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'statement_notice')))
    yield '\n\n'
    l_1_header = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'header')
    pass
    template = environment.get_template('_byline.md.j2', 'statement.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'header': l_1_header, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_header = missing
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'summary'):
        pass
        yield '\n## '
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'summary')))
        yield '\n'
        l_1_items = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'summary')
        pass
        template = environment.get_template('_items.md.j2', 'statement.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_1_items, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_1_items = missing
    for l_1_b in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'blocks'):
        _loop_vars = {}
        pass
        yield '\n## '
        if environment.getattr(l_1_b, 'child'):
            pass
            yield str(environment.finalize(environment.getattr(environment.getattr(l_1_b, 'child'), 'name')))
            if environment.getattr(environment.getattr(l_1_b, 'child'), 'age'):
                pass
                yield ', '
                yield str(environment.finalize(environment.getattr(environment.getattr(l_1_b, 'child'), 'age')))
        else:
            pass
            yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'all_children')))
        yield '\n'
        for l_2_g in environment.getattr(l_1_b, 'groups'):
            _loop_vars = {}
            pass
            if environment.getitem((undefined(name='group_titles') if l_0_group_titles is missing else l_0_group_titles), environment.getattr(l_2_g, 'title')):
                pass
                yield '\n### '
                yield str(environment.finalize(environment.getitem((undefined(name='group_titles') if l_0_group_titles is missing else l_0_group_titles), environment.getattr(l_2_g, 'title'))))
                if environment.getattr(l_2_g, 'letter'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_2_g, 'letter')))
                    yield ')'
            l_3_items = environment.getattr(l_2_g, 'items')
            pass
            template = environment.get_template('_items.md.j2', 'statement.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_3_items, 'g': l_2_g, 'b': l_1_b, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_3_items = missing
        l_2_g = missing
    l_1_b = missing
    for l_1_sec in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'sections'):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(t_1(environment.getitem((undefined(name='section_titles') if l_0_section_titles is missing else l_0_section_titles), environment.getattr(l_1_sec, 'key')), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'head'))))
        yield '\n'
        for l_2_g in environment.getattr(l_1_sec, 'groups'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_g, 'title'):
                pass
                yield '\n### '
                yield str(environment.finalize(environment.getattr(l_2_g, 'title')))
                yield '\n'
            l_3_items = environment.getattr(l_2_g, 'items')
            l_3_heading = t_1(environment.getitem((undefined(name='section_titles') if l_0_section_titles is missing else l_0_section_titles), environment.getattr(l_1_sec, 'key')), environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'head'))
            pass
            template = environment.get_template('_items.md.j2', 'statement.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'heading': l_3_heading, 'items': l_3_items, 'g': l_2_g, 'sec': l_1_sec, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_3_items = l_3_heading = missing
        l_2_g = missing
        if environment.getattr(l_1_sec, 'events'):
            pass
            template = environment.get_template('_chronology.md.j2', 'statement.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'sec': l_1_sec, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
    l_1_sec = missing

blocks = {}
debug_info = '4=19&5=35&7=37&9=41&10=48&12=51&13=55&15=62&17=66&19=77&20=80&22=83&24=91&27=100&29=104&31=106&32=109&34=112&36=117&38=125&39=127'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '8375363f1482f400a2961e755b07adb190ad5b54f4ee41b5fe9e1f3207a3daca'
JINJA = '3.1.6'
