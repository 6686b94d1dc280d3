from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_head.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_words = resolve('words')
    l_0_kind = resolve('kind')
    l_0_css = missing
    try:
        t_1 = environment.filters['csp_hash']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'csp_hash' found.")
    pass
    t_2 = []
    pass
    template = environment.get_template('_page.css.j2', '_head.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'css': l_0_css}))
    try:
        for event in gen:
            t_2.append(event)
    finally: gen.close()
    l_0_css = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
    context.vars['css'] = l_0_css
    context.exported_vars.add('css')
    yield '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \''
    yield escape(t_1((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '\'; base-uri \'none\'; form-action \'none\'">\n<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.getitem((undefined(name='words') if l_0_words is missing else l_0_words), markup_join(((undefined(name='kind') if l_0_kind is missing else l_0_kind), '_title', ))))
    yield '</title>\n<style>'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '</style>\n</head>\n<body>\n'

blocks = {}
debug_info = '3=22&8=32&11=34&12=36'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '4a13feecab07ec6fe84fc7028b6429670af22117ac5c30114c46cfc61568c3e5'
JINJA = '3.1.6'
