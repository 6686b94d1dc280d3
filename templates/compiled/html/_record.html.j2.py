from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_record.html.j2'

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
            yield '<strong>'
            yield escape(environment.getattr(l_1_p, 'text'))
            yield '</strong>'
        else:
            pass
            if environment.getattr(l_1_p, 'label'):
                pass
                yield escape(environment.getattr(l_1_p, 'label'))
                yield ': '
            yield '<bdi dir="auto">'
            yield escape(environment.getattr(l_1_p, 'text'))
            yield '</bdi>'
    l_1_loop = l_1_p = missing

blocks = {}
debug_info = '2=13'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'e61b02aa4502836831ee0b76d638574919003791f4598e02762b59e8163a5d7c'
JINJA = '3.1.6'
