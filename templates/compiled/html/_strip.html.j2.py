from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_strip.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_where = resolve('where')
    l_0_words = resolve('words')
    l_0_named = missing
    pass
    l_1_label = resolve('label')
    l_1_kids = resolve('kids')
    t_1 = []
    pass
    t_1.extend((
        '<span class="label">',
        escape((undefined(name='label') if l_1_label is missing else l_1_label)),
    ))
    if (undefined(name='kids') if l_1_kids is missing else l_1_kids):
        pass
        t_1.extend((
            ' (<bdi dir="auto">',
            escape((undefined(name='kids') if l_1_kids is missing else l_1_kids)),
            '</bdi>)',
        ))
    if ((undefined(name='kids') if l_1_kids is missing else l_1_kids) or ((undefined(name='label') if l_1_label is missing else l_1_label)[-1:] not in '?.!:')):
        pass
        t_1.append(
            ':',
        )
    t_1.append(
        '</span>',
    )
    l_0_named = (Markup if context.eval_ctx.autoescape else identity)(concat(t_1))
    context.vars['named'] = l_0_named
    context.exported_vars.add('named')
    l_1_label = l_1_kids = missing
    yield '<div class="fortnight">\n'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'weeks'):
        pass
        yield '<table class="strip">\n<caption>'
        yield escape((undefined(name='named') if l_0_named is missing else l_0_named))
        yield ' '
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'counts'))
        yield escape((undefined(name='where') if l_0_where is missing else l_0_where))
        yield '</caption>\n<thead><tr><td class="wk"></td>'
        for l_1_d in environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'days'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(l_1_d)
            yield '</th>'
        l_1_d = missing
        yield '</tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_week, l_1_loop in LoopContext(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'weeks'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'week'))
            yield ' '
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield '</th>'
            for (l_2_letter, l_2_word) in l_1_week:
                _loop_vars = {}
                pass
                yield '<td class="n-'
                yield escape(l_2_letter)
                yield '">'
                yield escape(l_2_word)
                yield '</td>'
            l_2_letter = l_2_word = missing
            yield '</tr>\n'
        l_1_loop = l_1_week = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p class="item">'
        yield escape((undefined(name='named') if l_0_named is missing else l_0_named))
        yield ' '
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'counts'))
        yield escape((undefined(name='where') if l_0_where is missing else l_0_where))
        yield '</p>\n'
    for l_1_line in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'note'):
        _loop_vars = {}
        pass
        yield '<p class="item"><bdi dir="auto">'
        yield escape(l_1_line)
        yield '</bdi></p>\n'
    l_1_line = missing
    yield '</div>\n'

blocks = {}
debug_info = '6=21&8=43&10=46&11=51&13=60&14=64&19=83&21=88&22=92'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '0d2f7454656c1d1efccacbcbe5b2dbd8b4af74511f8677fee3d0b2b835ccba45'
JINJA = '3.1.6'
