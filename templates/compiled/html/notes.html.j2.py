from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notes.html.j2'

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
    included_template = environment.get_template('_words.j2', 'notes.html.j2')._get_default_module(context)
    l_0_words = getattr(included_template, 'words', missing)
    if l_0_words is missing:
        l_0_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.html.j2') does not export the requested name 'words'", name='words')
    l_0_section_titles = getattr(included_template, 'section_titles', missing)
    if l_0_section_titles is missing:
        l_0_section_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.html.j2') does not export the requested name 'section_titles'", name='section_titles')
    l_0_group_titles = getattr(included_template, 'group_titles', missing)
    if l_0_group_titles is missing:
        l_0_group_titles = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.html.j2') does not export the requested name 'group_titles'", name='group_titles')
    l_0_where_words = getattr(included_template, 'where_words', missing)
    if l_0_where_words is missing:
        l_0_where_words = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'notes.html.j2') does not export the requested name 'where_words'", name='where_words')
    context.vars.update({'words': l_0_words, 'section_titles': l_0_section_titles, 'group_titles': l_0_group_titles, 'where_words': l_0_where_words})
    context.exported_vars.difference_update(('words', 'section_titles', 'group_titles', 'where_words'))
    template = environment.get_template('_head.html.j2', 'notes.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<header>\n<h1>'
    yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'notes_title'))
    yield '</h1>\n<p class="notice">'
    yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'notes_notice'))
    yield '</p>\n'
    l_1_header = []
    pass
    template = environment.get_template('_byline.html.j2', 'notes.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'header': l_1_header, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_header = missing
    yield '</header>\n<main>\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'):
        pass
        yield '<section>\n<h2>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'day_title'))
        yield '</h2>\n'
        for l_1_part in environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'parts'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.getattr(l_1_part, 'title'))
            yield '</h3>\n<ul>\n'
            for l_2_line in environment.getattr(l_1_part, 'lines'):
                _loop_vars = {}
                pass
                yield '<li><bdi dir="auto">'
                yield escape(l_2_line)
                yield '</bdi></li>\n'
            l_2_line = missing
            yield '</ul>\n'
        l_1_part = missing
        if environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'checked'):
            pass
            yield '<p>'
            yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'helplines_checked'))
            yield ' '
            yield escape(environment.getattr(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'day'), 'checked'))
            yield '.</p>\n'
        yield '</section>\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'moved'):
        pass
        yield '<section>\n<h2>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'moved_title'))
        yield '</h2>\n<p>'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'moved'))
        yield '</p>\n<p><bdi dir="auto">'
        yield escape(t_1(context.eval_ctx, environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'moved_names'), '; '))
        yield '</bdi>.</p>\n</section>\n'
    for l_1_part in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'parts'):
        _loop_vars = {}
        pass
        yield '<section>\n<h2>'
        yield escape(environment.getattr(l_1_part, 'title'))
        yield '</h2>\n'
        for l_2_g in environment.getattr(l_1_part, 'groups'):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.getattr(l_2_g, 'title'))
            yield '</h3>\n'
            l_3_items = environment.getattr(l_2_g, 'items')
            pass
            template = environment.get_template('_items.html.j2', 'notes.html.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'items': l_3_items, 'g': l_2_g, 'part': l_1_part, 'group_titles': l_0_group_titles, 'section_titles': l_0_section_titles, 'where_words': l_0_where_words, 'words': l_0_words}))
            try:
                for event in gen:
                    yield event
            finally: gen.close()
            l_3_items = missing
        l_2_g = missing
        yield '</section>\n'
    l_1_part = missing
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'hidden'):
        pass
        yield '<p class="notice">'
        yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'hidden'))
        yield '</p>\n'
    yield '</main>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=19&3=34&5=41&6=43&7=47&10=55&12=58&13=60&14=64&16=66&17=70&21=75&22=78&26=83&28=86&29=88&30=90&33=92&35=96&36=98&37=102&38=106&42=116&43=119'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '479d2964dd3a42ad8370ca76ddc8a52a4aae7ffab64636bd62dd119b9f3cdfc8'
JINJA = '3.1.6'
