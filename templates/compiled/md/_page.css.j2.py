from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_page.css.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_words = resolve('words')
    l_0_kind = resolve('kind')
    try:
        t_1 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    pass
    yield '@page {\n  size: A4;\n  margin: 12mm 14mm 15mm;\n  @bottom-left { content: '
    yield str(environment.finalize(t_1(environment.getitem((undefined(name='words') if l_0_words is missing else l_0_words), str_join(((undefined(name='kind') if l_0_kind is missing else l_0_kind), '_footer', ))))))
    yield '; font: 7.5pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; }\n  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; width: 22mm; text-align: right; }\n}\n:root { color-scheme: light; }\nhtml { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.3; color: #111; background: #fff; }\nbody { margin: 0; overflow-wrap: break-word; }\n@media screen { body { max-width: 46em; margin: 2em auto; padding: 0 1.2em; } }\nh1 { font-size: 14pt; line-height: 1.2; margin: 0 0 0.2em; }\nh2 { font-size: 11pt; line-height: 1.25; margin: 0.55em 0 0.2em; padding-bottom: 0.05em; border-bottom: 1.2px solid #444; }\nh3 { font-size: 9.5pt; line-height: 1.3; margin: 0.35em 0 0.1em; }\nh2, h3 { break-after: avoid; page-break-after: avoid; }\np { margin: 0 0 0.2em; }\nul { margin: 0 0 0.2em; padding-left: 1.2em; }\nli { margin: 0 0 0.1em; }\n.notice { font-size: 8.5pt; border-left: 3px solid #555; padding: 0.1em 0.5em; margin: 0 0 0.3em; }\n.byline { margin: 0 0 0.1em; }\n.item, .facts, li { break-inside: avoid; page-break-inside: avoid; }\n.sep { color: #555; }\n.label { font-weight: bold; }\n.where { font-size: 8pt; color: #444; font-style: italic; }\n.group { margin-top: 0.3em; }\n.lead { display: flow-root; break-inside: avoid; page-break-inside: avoid; }\n.lead > h3 { float: left; width: 5.6em; margin: 0; font-size: 9pt; color: #222; break-after: auto; page-break-after: auto; }\n.answers { margin-left: 6.2em; }\n.letter { font-weight: normal; }\ntable { border-collapse: collapse; width: 100%; margin: 0.15em 0 0.3em; }\ntr, th, td { break-inside: avoid; page-break-inside: avoid; }\nth, td { border: 1px solid #888; padding: 0.05em 0.35em; text-align: left; vertical-align: top; }\nthead th { background: #eee; }\n.when { white-space: nowrap; width: 7.5em; }\n.fortnight, .strip { break-inside: avoid; page-break-inside: avoid; }\n.strip { table-layout: fixed; margin: 0.1em 0 0.35em; }\n.strip caption { text-align: left; padding: 0 0 0.15em; }\n.strip th, .strip td { font-size: 9pt; padding: 0.05em 0.25em; }\n.strip thead th { font-weight: bold; }\n.strip .wk { width: 4.5em; border-width: 0 1px 1px 0; }\n.strip .n-o { font-weight: bold; background: #ddd; -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n.strip .n-x { font-style: italic; }\n.who { width: 6em; }\n'

blocks = {}
debug_info = '9=20'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '5fc41f3d58e7488c1a87db6f995b14aaaf7bc5e228e54f17b16b353c06566444'
JINJA = '3.1.6'
