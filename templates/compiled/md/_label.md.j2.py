from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_label.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_e = resolve('e')
    pass
    yield '**'
    yield str(environment.finalize(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'label')))
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child'):
        pass
        yield ' ('
        yield str(environment.finalize(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child')))
        yield ')'
    if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'child') or (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'label')[-1:] not in '?.!:')):
        pass
        yield ':'
    yield '**'

blocks = {}
debug_info = '2=13'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = 'ef7d503b785f04dfda1b104b8fb549c3aed8ad9c3d39d19c4d0cfa84211ad9fb'
JINJA = '3.1.6'
