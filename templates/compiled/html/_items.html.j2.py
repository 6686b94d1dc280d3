from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_items.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_items = resolve('items')
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_1_loop = missing
    for l_1_e, l_1_loop in LoopContext((undefined(name='items') if l_0_items is missing else l_0_items), undefined):
        l_1_heading = resolve('heading')
        l_1_note = resolve('note')
        l_1_labelled = l_1_label = l_1_where = missing
        _loop_vars = {}
        pass
        l_1_labelled = (environment.getattr(l_1_e, 'show_label') and (environment.getattr(l_1_e, 'label') != t_1((undefined(name='heading') if l_1_heading is missing else l_1_heading), '')))
        _loop_vars['labelled'] = l_1_labelled
        t_5 = []
        pass
        t_5.extend((
            '<span class="label">',
            escape(environment.getattr(l_1_e, 'label')),
        ))
        if environment.getattr(l_1_e, 'child'):
            pass
            t_5.extend((
                ' (<bdi dir="auto">',
                escape(environment.getattr(l_1_e, 'child')),
                '</bdi>)',
            ))
        if (environment.getattr(l_1_e, 'child') or (environment.getattr(l_1_e, 'label')[-1:] not in '?.!:')):
            pass
            t_5.append(
                ':',
            )
        t_5.append(
            '</span>',
        )
        l_1_label = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
        _loop_vars['label'] = l_1_label
        l_2_where_words = resolve('where_words')
        t_6 = []
        pass
        if environment.getattr(l_1_e, 'where'):
            pass
            t_6.extend((
                ' <span class="where">(',
                escape(environment.getitem((undefined(name='where_words') if l_2_where_words is missing else l_2_where_words), environment.getattr(l_1_e, 'where'))),
                ')</span>',
            ))
        l_1_where = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
        _loop_vars['where'] = l_1_where
        l_2_where_words = missing
        if environment.getattr(l_1_e, 'fact'):
            pass
            if (not (t_4(environment.getattr(l_1_loop, 'previtem')) and environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'fact'))):
                pass
                yield '<p class="facts">'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
                yield ' '
            yield '<bdi dir="auto">'
            yield escape(t_2(context.eval_ctx, environment.getattr(l_1_e, 'paras'), ' / '))
            yield '</bdi>'
            yield escape((undefined(name='where') if l_1_where is missing else l_1_where))
            if (t_4(environment.getattr(l_1_loop, 'nextitem')) and environment.getattr(environment.getattr(l_1_loop, 'nextitem'), 'fact')):
                pass
                yield '<span class="sep"> · </span>'
            else:
                pass
                yield '</p>\n'
        elif environment.getattr(l_1_e, 'strips'):
            pass
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_e, 'strips'), undefined):
                _loop_vars = {}
                pass
                l_3_label = environment.getattr(l_1_e, 'label')
                l_3_kids = (environment.getattr(l_2_t, 'children') or environment.getattr(l_1_e, 'child'))
                l_3_where = ((undefined(name='where') if l_1_where is missing else l_1_where) if environment.getattr(l_2_loop, 'first') else '')
                pass
                template = environment.get_template('_strip.html.j2', '_items.html.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_3_kids, 'label': l_3_label, 'where': l_3_where, 'loop': l_2_loop, 't': l_2_t, 'e': l_1_e, 'labelled': l_1_labelled, 'note': l_1_note}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_3_label = l_3_kids = l_3_where = missing
            l_2_loop = l_2_t = missing
        elif (t_3(environment.getattr(l_1_e, 'records')) == 1):
            pass
            yield '<p class="item">'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
                yield ' '
            def t_7(fiter):
                for l_2_p in fiter:
                    if (not environment.getattr(l_2_p, 'strip')):
                        yield l_2_p
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(t_7(environment.getitem(environment.getattr(l_1_e, 'records'), 0)), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ' '
                if environment.getattr(l_2_p, 'strong'):
                    pass
                    yield '<strong>'
                    yield escape(environment.getattr(l_2_p, 'text'))
                    yield '</strong>'
                else:
                    pass
                    if environment.getattr(l_2_p, 'label'):
                        pass
                        yield escape(environment.getattr(l_2_p, 'label'))
                        yield ': '
                    yield '<bdi dir="auto">'
                    yield escape(environment.getattr(l_2_p, 'text'))
                    yield '</bdi>'
            l_2_loop = l_2_p = missing
            yield escape((undefined(name='where') if l_1_where is missing else l_1_where))
            yield '</p>\n'
            def t_8(fiter):
                for l_2_p in fiter:
                    if environment.getattr(l_2_p, 'strip'):
                        yield l_2_p
            for l_2_p in t_8(environment.getitem(environment.getattr(l_1_e, 'records'), 0)):
                _loop_vars = {}
                pass
                l_3_t = environment.getattr(l_2_p, 'strip')
                l_3_label = environment.getattr(l_2_p, 'label')
                l_3_kids = ''
                l_3_where = ''
                pass
                template = environment.get_template('_strip.html.j2', '_items.html.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_3_kids, 'label': l_3_label, 't': l_3_t, 'where': l_3_where, 'p': l_2_p, 'e': l_1_e, 'labelled': l_1_labelled, 'loop': l_1_loop, 'note': l_1_note}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_3_t = l_3_label = l_3_kids = l_3_where = missing
            l_2_p = missing
        elif environment.getattr(l_1_e, 'records'):
            pass
            yield '<p class="item">'
            yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
            yield escape((undefined(name='where') if l_1_where is missing else l_1_where))
            yield '</p>\n<ul>\n'
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_e, 'records'), undefined):
                _loop_vars = {}
                pass
                yield '<li>'
                def t_9(fiter):
                    for l_3_p in fiter:
                        if (not environment.getattr(l_3_p, 'strip')):
                            yield l_3_p
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(t_9(l_2_r), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_3_loop, 'first')):
                        pass
                        yield ' '
                    if environment.getattr(l_3_p, 'strong'):
                        pass
                        yield '<strong>'
                        yield escape(environment.getattr(l_3_p, 'text'))
                        yield '</strong>'
                    else:
                        pass
                        if environment.getattr(l_3_p, 'label'):
                            pass
                            yield escape(environment.getattr(l_3_p, 'label'))
                            yield ': '
                        yield '<bdi dir="auto">'
                        yield escape(environment.getattr(l_3_p, 'text'))
                        yield '</bdi>'
                l_3_loop = l_3_p = missing
                def t_10(fiter):
                    for l_3_p in fiter:
                        if environment.getattr(l_3_p, 'strip'):
                            yield l_3_p
                for l_3_p in t_10(l_2_r):
                    _loop_vars = {}
                    pass
                    l_4_t = environment.getattr(l_3_p, 'strip')
                    l_4_label = environment.getattr(l_3_p, 'label')
                    l_4_kids = ''
                    l_4_where = ''
                    pass
                    template = environment.get_template('_strip.html.j2', '_items.html.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_4_kids, 'label': l_4_label, 't': l_4_t, 'where': l_4_where, 'p': l_3_p, 'loop': l_2_loop, 'r': l_2_r, 'e': l_1_e, 'labelled': l_1_labelled, 'note': l_1_note}))
                    try:
                        for event in gen:
                            yield event
                    finally: gen.close()
                    l_4_t = l_4_label = l_4_kids = l_4_where = missing
                l_3_p = missing
                yield '</li>\n'
            l_2_loop = l_2_r = missing
            yield '</ul>\n'
        else:
            pass
            t_11 = []
            pass
            if environment.getattr(l_1_e, 'note'):
                pass
                t_11.extend((
                    ' (',
                    escape(environment.getattr(l_1_e, 'note')),
                    ')',
                ))
            l_1_note = (Markup if context.eval_ctx.autoescape else identity)(concat(t_11))
            _loop_vars['note'] = l_1_note
            yield '<p class="item">'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield escape((undefined(name='label') if l_1_label is missing else l_1_label))
                yield ' '
            yield '<bdi dir="auto">'
            yield escape(environment.getitem(environment.getattr(l_1_e, 'paras'), 0))
            yield '</bdi>'
            if (t_3(environment.getattr(l_1_e, 'paras')) == 1):
                pass
                yield escape((undefined(name='note') if l_1_note is missing else l_1_note))
            yield escape((undefined(name='where') if l_1_where is missing else l_1_where))
            yield '</p>\n'
            l_2_loop = missing
            for l_2_line, l_2_loop in LoopContext(environment.getattr(l_1_e, 'paras')[1:], undefined):
                _loop_vars = {}
                pass
                yield '<p class="item"><bdi dir="auto">'
                yield escape(l_2_line)
                yield '</bdi>'
                if environment.getattr(l_2_loop, 'last'):
                    pass
                    yield escape((undefined(name='note') if l_1_note is missing else l_1_note))
                yield '</p>\n'
            l_2_loop = l_2_line = missing
    l_1_loop = l_1_e = l_1_heading = l_1_labelled = l_1_label = l_1_where = l_1_note = missing

blocks = {}
debug_info = '6=37&7=43&8=49&9=71&10=81&11=83&14=86&15=94&17=100&18=103&19=110&21=118&22=121&23=153&24=165&26=173&27=176&29=180&30=184&31=210&32=222&38=237&39=247&40=260&41=264'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '13aafa663db028ed6f8aa802dd35fd2b4dc0830ffa94d300c7189403271b37bf'
JINJA = '3.1.6'
