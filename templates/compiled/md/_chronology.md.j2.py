from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_chronology.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sec = resolve('sec')
    l_0_words = resolve('words')
    l_0_with_child = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    l_0_with_child = (t_1(t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'events'), 'child'))) > 0)
    context.vars['with_child'] = l_0_with_child
    context.exported_vars.add('with_child')
    yield '\n### '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'chronology')))
    yield '\n\n| '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'when')))
    yield ' |'
    if (undefined(name='with_child') if l_0_with_child is missing else l_0_with_child):
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'child_column')))
        yield ' |'
    yield ' '
    yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'what')))
    yield ' |\n| --- |'
    if (undefined(name='with_child') if l_0_with_child is missing else l_0_with_child):
        pass
        yield ' --- |'
    yield ' --- |\n'
    for l_1_e in environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'events'):
        l_1_r = missing
        _loop_vars = {}
        pass
        l_1_r = environment.getattr(l_1_e, 'pieces')
        _loop_vars['r'] = l_1_r
        yield '| '
        yield str(environment.finalize((environment.getattr(l_1_e, 'when') or '–')))
        yield ' |'
        if (undefined(name='with_child') if l_0_with_child is missing else l_0_with_child):
            pass
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_e, 'child')))
            yield ' |'
        yield ' '
        template = environment.get_template('_record.md.j2', '_chronology.md.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'e': l_1_e, 'r': l_1_r, 'with_child': l_0_with_child}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield ' |\n'
    l_1_e = l_1_r = missing

blocks = {}
debug_info = '3=32&5=36&7=38&8=48&9=52&10=56&11=59'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'd4447861c475bc39691f73f3b1a7f2fd7f48822ae3c3b4c81d19dab17f1133e2'
JINJA = '3.1.6'
