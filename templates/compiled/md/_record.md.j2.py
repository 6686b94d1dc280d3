from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_record.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    pass
    l_1_loop = missing
    for l_1_p, l_1_loop in LoopContext((undefined(name='r') if l_0_r is missing else l_0_r), undefined):
        _loop_vars = {}
        pass
        if (not environment.getattr(l_1_loop, 'first')):
            pass
            yield ' '
        if environment.getattr(l_1_p, 'strong'):
            pass
            yield '**'
            yield str(environment.finalize(environment.getattr(l_1_p, 'text')))
            yield '**'
        else:
            pass
            if environment.getattr(l_1_p, 'label'):
                pass
                yield str(environment.finalize(environment.getattr(l_1_p, 'label')))
                yield ': '
            yield str(environment.finalize(environment.getattr(l_1_p, 'text')))
    l_1_loop = l_1_p = missing

blocks = {}
debug_info = '2=13'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '1f878b70a4942ceb60416749b8039f9dc49eccb6129704e53d6c4686e0f3cc58'
JINJA = '3.1.6'
