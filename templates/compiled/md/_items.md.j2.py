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
        l_1_where_words = resolve('where_words')
        l_1_labelled = missing
        _loop_vars = {}
        pass
        l_1_labelled = (environment.getattr(l_1_e, 'show_label') and (environment.getattr(l_1_e, 'label') != t_1((undefined(name='heading') if l_1_heading is missing else l_1_heading), '')))
        _loop_vars['labelled'] = l_1_labelled
        if environment.getattr(l_1_e, 'fact'):
            pass
            if (not (t_4(environment.getattr(l_1_loop, 'previtem')) and environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'fact'))):
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
            yield str(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_e, 'paras'), ' / ')))
            if environment.getattr(l_1_e, 'where'):
                pass
                yield ' *('
                yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_1_where_words is missing else l_1_where_words), environment.getattr(l_1_e, 'where'))))
                yield ')*'
            if (t_4(environment.getattr(l_1_loop, 'nextitem')) and environment.getattr(environment.getattr(l_1_loop, 'nextitem'), 'fact')):
                pass
                yield ' · '
            else:
                pass
                yield '\n'
        elif (t_3(environment.getattr(l_1_e, 'records')) == 1):
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
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getitem(environment.getattr(l_1_e, 'records'), 0), undefined):
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
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(l_2_r, undefined):
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
            if (environment.getattr(l_1_e, 'note') and (t_3(environment.getattr(l_1_e, 'paras')) == 1)):
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
debug_info = '7=37&8=43&9=45&10=47&13=50&14=69&17=75&19=78&21=117&23=120&26=137&27=142&32=166&34=192&36=196'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '4ee3cec5503b4636c8060288fdf0c6571fce79c49a6dc79a97097689cd0cc7dc'
JINJA = '3.1.6'
