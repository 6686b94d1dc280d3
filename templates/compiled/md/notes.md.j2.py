from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_s = resolve('s')
    l_0_words = l_0_section_titles = l_0_group_titles = l_0_where_words = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    included_template = environment.get_template('_words.j2', 'notes.md.j2')._get_default_module(context)
    l_0_words = getattr(included_template, 'words', missing)
    if l_0_words is missing:
        l_0_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.md.j2') does not export the requested name 'words'", name='words')
    l_0_section_titles = getattr(included_template, 'section_titles', missing)
    if l_0_section_titles is missing:
        l_0_section_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.md.j2') does not export the requested name 'section_titles'", name='section_titles')
    l_0_group_titles = getattr(included_template, 'group_titles', missing)
    if l_0_group_titles is missing:
        l_0_group_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.md.j2') does not export the requested name 'group_titles'", name='group_titles')
    l_0_where_words = getattr(included_template, 'where_words', missing)
    if l_0_where_words is missing:
        l_0_where_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.md.j2') does not export the requested name 'where_words'", name='where_words')
    context.vars.update({'words': l_0_words, 'section_titles': l_0_section_titles, 'group_titles': l_0_group_titles, 'where_words': l_0_where_words})
    context.exported_vars.difference_update(('words', 'section_titles', 'group_titles', 'where_words'))
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'notes_title')))
    yield '\n\n> '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'notes_notice')))
    yield '\n\n'
    l_1_header = []
    pass
    template = environment.get_template('_byline.md.j2', 'notes.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'header': l_1_header, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_header = missing
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'):
        pass
        yield '\n## '
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'day_title')))
        yield '\n'
        for l_1_part in environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'parts'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(environment.getattr(l_1_part, 'title')))
            yield '\n\n'
            for l_2_line in environment.getattr(l_1_part, 'lines'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.finalize(l_2_line))
                yield '\n'
            l_2_line = missing
        l_1_part = missing
        if environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'checked'):
            pass
            yield '\n'
            yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'helplines_checked')))
            yield ' '
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'checked')))
            yield '.\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'moved'):
        pass
        yield '\n## '
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'moved_title')))
        yield '\n\n'
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'moved')))
        yield '\n\n'
        yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'moved_names'), '; ')))
        yield '.\n'
    for l_1_part in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'parts'):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(environment.getattr(l_1_part, 'title')))
        yield '\n'
        for l_2_g in environment.getattr(l_1_part, 'groups'):
            _loop_vars = {}
            pass
            yield '\n### '
            yield str(environment.finalize(environment.getattr(l_2_g, 'title')))
            yield '\n'
            l_3_items = environment.getattr(l_2_g, 'items')
            pass
            template = environment.get_template('_items.md.j2', 'notes.md.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_3_items, 'g': l_2_g, 'part': l_1_part, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_3_items = missing
        l_2_g = missing
    l_1_part = missing
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'hidden'):
        pass
        yield '\n> '
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'hidden')))
        yield '\n'

blocks = {}
debug_info = '2=19&3=35&5=37&7=41&8=48&10=51&11=53&13=57&15=59&16=63&19=67&21=70&24=74&26=77&28=79&30=81&32=83&34=87&35=89&37=93&38=97&41=106&43=109'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '7c55c889207f66743c701bd8de3cbdd183f7fcf81a0b8294b103101288b23d9d'
JINJA = '3.1.6'
