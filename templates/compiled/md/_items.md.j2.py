from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_items.md.j2'

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
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    l_1_loop = missing
    for l_1_e, l_1_loop in LoopContext((undefined(name='items') if l_0_items is missing else l_0_items), undefined):
        l_1_heading = resolve('heading')
        l_1_where_words = resolve('where_words')
        l_1_labelled = missing
        _loop_vars = {}
        pass
        l_1_labelled = (environment.getattr(l_1_e, 'show_label') and (environment.getattr(l_1_e, 'label') != t_1((undefined(name='heading') if l_1_heading is missing else l_1_heading), '')))
        _loop_vars['labelled'] = l_1_labelled
        if environment.getattr(l_1_e, 'fact'):
            pass
            if (not (t_5(environment.getattr(l_1_loop, 'previtem')) and environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'fact'))):
                pass
                yield '\n'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield '**'
                yield str(environment.finalize(environment.getattr(l_1_e, 'label')))
                if environment.getattr(l_1_e, 'child'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_1_e, 'child')))
                    yield ')'
                if (environment.getattr(l_1_e, 'child') or (environment.getattr(l_1_e, 'label')[-1:] not in '?.!:')):
                    pass
                    yield ':'
                yield '** '
            yield str(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_e, 'paras'), ' / ')))
            if environment.getattr(l_1_e, 'where'):
                pass
                yield ' *('
                yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_1_where_words is missing else l_1_where_words), environment.getattr(l_1_e, 'where'))))
                yield ')*'
            if (t_5(environment.getattr(l_1_loop, 'nextitem')) and environment.getattr(environment.getattr(l_1_loop, 'nextitem'), 'fact')):
                pass
                yield ' · '
            else:
                pass
                yield '\n'
        elif environment.getattr(l_1_e, 'strips'):
            pass
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_e, 'strips'), undefined):
                _loop_vars = {}
                pass
                l_3_label = environment.getattr(l_1_e, 'label')
                l_3_kids = (environment.getattr(l_2_t, 'children') or environment.getattr(l_1_e, 'child'))
                l_3_where = (environment.getattr(l_1_e, 'where') if environment.getattr(l_2_loop, 'first') else '')
                pass
                template = environment.get_template('_strip.md.j2', '_items.md.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_3_kids, 'label': l_3_label, 'where': l_3_where, 'loop': l_2_loop, 't': l_2_t, 'e': l_1_e, 'labelled': l_1_labelled}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_3_label = l_3_kids = l_3_where = missing
            l_2_loop = l_2_t = missing
        elif (t_4(environment.getattr(l_1_e, 'records')) == 1):
            pass
            yield '\n'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield '**'
                yield str(environment.finalize(environment.getattr(l_1_e, 'label')))
                if environment.getattr(l_1_e, 'child'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_1_e, 'child')))
                    yield ')'
                if (environment.getattr(l_1_e, 'child') or (environment.getattr(l_1_e, 'label')[-1:] not in '?.!:')):
                    pass
                    yield ':'
                yield '** '
            def t_6(fiter):
                for l_2_p in fiter:
                    if (not environment.getattr(l_2_p, 'strip')):
                        yield l_2_p
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(t_6(environment.getitem(environment.getattr(l_1_e, 'records'), 0)), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ' '
                if environment.getattr(l_2_p, 'strong'):
                    pass
                    yield '**'
                    yield str(environment.finalize(environment.getattr(l_2_p, 'text')))
                    yield '**'
                else:
                    pass
                    if environment.getattr(l_2_p, 'label'):
                        pass
                        yield str(environment.finalize(environment.getattr(l_2_p, 'label')))
                        yield ': '
                    yield str(environment.finalize(environment.getattr(l_2_p, 'text')))
            l_2_loop = l_2_p = missing
            if environment.getattr(l_1_e, 'where'):
                pass
                yield ' *('
                yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_1_where_words is missing else l_1_where_words), environment.getattr(l_1_e, 'where'))))
                yield ')*'
            yield '\n'
            def t_7(fiter):
                for l_2_p in fiter:
                    if environment.getattr(l_2_p, 'strip'):
                        yield l_2_p
            for l_2_p in t_7(environment.getitem(environment.getattr(l_1_e, 'records'), 0)):
                _loop_vars = {}
                pass
                l_3_t = environment.getattr(l_2_p, 'strip')
                l_3_label = environment.getattr(l_2_p, 'label')
                l_3_kids = ''
                l_3_where = ''
                pass
                template = environment.get_template('_strip.md.j2', '_items.md.j2')
                gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_3_kids, 'label': l_3_label, 't': l_3_t, 'where': l_3_where, 'p': l_2_p, 'e': l_1_e, 'labelled': l_1_labelled, 'loop': l_1_loop}))
                try:
                    for event in gen:
                        yield event
                finally: gen.close()
                l_3_t = l_3_label = l_3_kids = l_3_where = missing
            l_2_p = missing
        elif environment.getattr(l_1_e, 'records'):
            pass
            yield '\n**'
            yield str(environment.finalize(environment.getattr(l_1_e, 'label')))
            if environment.getattr(l_1_e, 'child'):
                pass
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_1_e, 'child')))
                yield ')'
            if (environment.getattr(l_1_e, 'child') or (environment.getattr(l_1_e, 'label')[-1:] not in '?.!:')):
                pass
                yield ':'
            yield '**'
            if environment.getattr(l_1_e, 'where'):
                pass
                yield ' *('
                yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_1_where_words is missing else l_1_where_words), environment.getattr(l_1_e, 'where'))))
                yield ')*'
            yield '\n\n'
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_e, 'records'), undefined):
                _loop_vars = {}
                pass
                yield '- '
                def t_8(fiter):
                    for l_3_p in fiter:
                        if (not environment.getattr(l_3_p, 'strip')):
                            yield l_3_p
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(t_8(l_2_r), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_3_loop, 'first')):
                        pass
                        yield ' '
                    if environment.getattr(l_3_p, 'strong'):
                        pass
                        yield '**'
                        yield str(environment.finalize(environment.getattr(l_3_p, 'text')))
                        yield '**'
                    else:
                        pass
                        if environment.getattr(l_3_p, 'label'):
                            pass
                            yield str(environment.finalize(environment.getattr(l_3_p, 'label')))
                            yield ': '
                        yield str(environment.finalize(environment.getattr(l_3_p, 'text')))
                l_3_loop = l_3_p = missing
                yield '\n'
                def t_9(fiter):
                    for l_3_p in fiter:
                        if environment.getattr(l_3_p, 'strip'):
                            yield l_3_p
                for l_3_p in t_9(l_2_r):
                    _loop_vars = {}
                    pass
                    t_10 = []
                    pass
                    l_5_t = environment.getattr(l_3_p, 'strip')
                    l_5_label = environment.getattr(l_3_p, 'label')
                    l_5_kids = ''
                    l_5_where = ''
                    pass
                    template = environment.get_template('_strip.md.j2', '_items.md.j2')
                    gen = template.root_render_func(template.new_context(context.get_all(), True, {'kids': l_5_kids, 'label': l_5_label, 't': l_5_t, 'where': l_5_where, 'p': l_3_p, 'loop': l_2_loop, 'r': l_2_r, 'e': l_1_e, 'labelled': l_1_labelled}))
                    try:
                        for event in gen:
                            t_10.append(event)
                    finally: gen.close()
                    l_5_t = l_5_label = l_5_kids = l_5_where = missing
                    yield t_2(concat(t_10), 2)
                l_3_p = missing
            l_2_loop = l_2_r = missing
        else:
            pass
            yield '\n'
            if (undefined(name='labelled') if l_1_labelled is missing else l_1_labelled):
                pass
                yield '**'
                yield str(environment.finalize(environment.getattr(l_1_e, 'label')))
                if environment.getattr(l_1_e, 'child'):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_1_e, 'child')))
                    yield ')'
                if (environment.getattr(l_1_e, 'child') or (environment.getattr(l_1_e, 'label')[-1:] not in '?.!:')):
                    pass
                    yield ':'
                yield '** '
            yield str(environment.finalize(environment.getitem(environment.getattr(l_1_e, 'paras'), 0)))
            if (environment.getattr(l_1_e, 'note') and (t_4(environment.getattr(l_1_e, 'paras')) == 1)):
                pass
                yield ' ('
                yield str(environment.finalize(environment.getattr(l_1_e, 'note')))
                yield ')'
            if environment.getattr(l_1_e, 'where'):
                pass
                yield ' *('
                yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_1_where_words is missing else l_1_where_words), environment.getattr(l_1_e, 'where'))))
                yield ')*'
            yield '\n'
            l_2_loop = missing
            for l_2_line, l_2_loop in LoopContext(environment.getattr(l_1_e, 'paras')[1:], undefined):
                _loop_vars = {}
                pass
                yield '\n'
                yield str(environment.finalize(l_2_line))
                if (environment.getattr(l_1_e, 'note') and environment.getattr(l_2_loop, 'last')):
                    pass
                    yield ' ('
                    yield str(environment.finalize(environment.getattr(l_1_e, 'note')))
                    yield ')'
                yield '\n'
            l_2_loop = l_2_line = missing
    l_1_loop = l_1_e = l_1_heading = l_1_labelled = l_1_where_words = missing

blocks = {}
debug_info = '8=43&9=49&10=51&11=53&14=56&15=75&18=81&19=84&20=91&22=99&24=102&26=145&27=157&29=165&31=168&34=185&35=189&37=214&38=228&43=241&45=267&47=271'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'a13b2979f92c14bbaaa12e5155c0f9c9e49a5910c44b83de8e090863bb84a484'
JINJA = '3.1.6'
