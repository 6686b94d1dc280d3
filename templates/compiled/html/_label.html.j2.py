from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_label.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_e = resolve('e')
    pass
    yield '<span class="label">'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'label'))
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child'):
        pass
        yield ' (<bdi dir="auto">'
        yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child'))
        yield '</bdi>)'
    if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child') or (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'label')[-1:] not in '?.!:')):
        pass
        yield ':'
    yield '</span>'

blocks = {}
debug_info = '2=13'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'b2db18d51da7b8561e3de23466ad7fbe598e06e07125386ee4fc8681cdb396ef'
JINJA = '3.1.6'
