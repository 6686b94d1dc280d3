from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'officer.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_s = resolve('s')
    l_0_words = l_0_section_titles = l_0_group_titles = l_0_where_words = missing
    pass
    included_template = environment.get_template('_words.j2', 'officer.md.j2')._get_default_module(context)
    l_0_words = getattr(included_template, 'words', missing)
    if l_0_words is missing:
        l_0_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'officer.md.j2') does not export the requested name 'words'", name='words')
    l_0_section_titles = getattr(included_template, 'section_titles', missing)
    if l_0_section_titles is missing:
        l_0_section_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'officer.md.j2') does not export the requested name 'section_titles'", name='section_titles')
    l_0_group_titles = getattr(included_template, 'group_titles', missing)
    if l_0_group_titles is missing:
        l_0_group_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'officer.md.j2') does not export the requested name 'group_titles'", name='group_titles')
    l_0_where_words = getattr(included_template, 'where_words', missing)
    if l_0_where_words is missing:
        l_0_where_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'officer.md.j2') does not export the requested name 'where_words'", name='where_words')
    context.vars.update({'words': l_0_words, 'section_titles': l_0_section_titles, 'group_titles': l_0_group_titles, 'where_words': l_0_where_words})
    context.exported_vars.difference_update(('words', 'section_titles', 'group_titles', 'where_words'))
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'officer_title')))
    yield '\n\n> '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'officer_notice')))
    yield '\n\n'
    l_1_header = []
    pass
    template = environment.get_template('_byline.md.j2', 'officer.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'header': l_1_header, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_header = missing
    t_1 = 1
    for l_1_g in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'groups'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_g, 'title'):
            pass
            yield '\n## '
            yield str(environment.finalize(environment.getattr(l_1_g, 'title')))
            yield '\n\n'
        l_2_items = environment.getattr(l_1_g, 'items')
        pass
        template = environment.get_template('_items.md.j2', 'officer.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_2_items, 'g': l_1_g, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_2_items = missing
        t_1 = 0
    l_1_g = missing
    if t_1:
        pass
        yield '\n'
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'officer_empty')))
        yield '\n'

blocks = {}
debug_info = '2=13&3=29&5=31&7=35&8=43&9=46&11=49&14=53&17=65'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'a2303c930c398ead3c860f9aa0ffac98e82d60b133edc3d83a007daa293553a4'
JINJA = '3.1.6'
