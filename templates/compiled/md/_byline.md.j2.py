from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_byline.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_s = resolve('s')
    l_0_words = resolve('words')
    l_0_header = resolve('header')
    l_0_h = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    l_0_h = environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'head')
    context.vars['h'] = l_0_h
    context.exported_vars.add('h')
    if environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'role'):
        pass
        yield '**'
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'my_relationship'), (undefined(name='h') if l_0_h is missing else l_0_h))))
        yield ':** '
        yield str(environment.finalize(environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'role')))
        yield ' · '
    if environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'other_role'):
        pass
        yield '**'
        yield str(environment.finalize(t_2(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'other_relationship'), (undefined(name='h') if l_0_h is missing else l_0_h))))
        yield ':** '
        yield str(environment.finalize(environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'other_role')))
        yield ' · '
    yield '**'
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'prepared')))
    yield ':** '
    yield str(environment.finalize(environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'prepared')))
    for l_1_e in (undefined(name='header') if l_0_header is missing else l_0_header):
        _loop_vars = {}
        pass
        yield ' · '
        template = environment.get_template('_label.md.j2', '_byline.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'e': l_1_e, 'h': l_0_h}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield ' '
        yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_e, 'paras'), ' / ')))
    l_1_e = missing
    yield '\n'
    if environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'children'):
        pass
        yield '\n**'
        yield str(environment.finalize((environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'child') if environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'one_child') else environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'children'))))
        yield ':** '
        l_1_loop = missing
        for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='h') if l_0_h is missing else l_0_h), 'children'), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield '; '
            yield str(environment.finalize(environment.getattr(l_1_c, 'name')))
            if environment.getattr(l_1_c, 'age'):
                pass
                yield ', '
                yield str(environment.finalize(environment.getattr(l_1_c, 'age')))
            elif environment.getattr(l_1_c, 'born'):
                pass
                yield ', '
                yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'born')))
                yield ' '
                yield str(environment.finalize(environment.getattr(l_1_c, 'born')))
            if environment.getattr(l_1_c, 'lives_with'):
                pass
                yield ', '
                yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'lives_with')))
                yield ' '
                yield str(environment.finalize(environment.getattr(l_1_c, 'lives_with')))
        l_1_loop = l_1_c = missing
        yield '\n'

blocks = {}
debug_info = '2=27&3=30&4=37&5=45&6=48&8=62&10=65'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'bd8dce383ee4ae728519a1cadab4c21a814f7ac3819397dd76692b38e661e023'
JINJA = '3.1.6'
