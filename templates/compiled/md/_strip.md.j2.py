from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_strip.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_label = resolve('label')
    l_0_kids = resolve('kids')
    l_0_t = resolve('t')
    l_0_where = resolve('where')
    l_0_where_words = resolve('where_words')
    l_0_words = resolve('words')
    pass
    yield '\n**'
    yield str(environment.finalize((undefined(name='label') if l_0_label is missing else l_0_label)))
    if (undefined(name='kids') if l_0_kids is missing else l_0_kids):
        pass
        yield ' ('
        yield str(environment.finalize((undefined(name='kids') if l_0_kids is missing else l_0_kids)))
        yield ')'
    if ((undefined(name='kids') if l_0_kids is missing else l_0_kids) or ((undefined(name='label') if l_0_label is missing else l_0_label)[-1:] not in '?.!:')):
        pass
        yield ':'
    yield '** '
    yield str(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'counts')))
    if (undefined(name='where') if l_0_where is missing else l_0_where):
        pass
        yield ' *('
        yield str(environment.finalize(environment.getitem((undefined(name='where_words') if l_0_where_words is missing else l_0_where_words), (undefined(name='where') if l_0_where is missing else l_0_where))))
        yield ')*'
    yield '\n'
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'weeks'):
        pass
        yield '\n|  |'
        for l_1_d in environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'days'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_1_d))
            yield ' |'
        l_1_d = missing
        yield '\n| --- |'
        for l_1_d in environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'days'):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1_d = missing
        yield '\n'
        l_1_loop = missing
        for l_1_week, l_1_loop in LoopContext(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'weeks'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'week')))
            yield ' '
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield ' |'
            for (l_2_letter, l_2_word) in l_1_week:
                _loop_vars = {}
                pass
                yield ' '
                yield str(environment.finalize(l_2_word))
                yield ' |'
            l_2_letter = l_2_word = missing
            yield '\n'
        l_1_loop = l_1_week = missing
    for l_1_line in environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'note'):
        _loop_vars = {}
        pass
        yield '\n'
        yield str(environment.finalize(l_1_line))
        yield '\n'
    l_1_line = missing

blocks = {}
debug_info = '5=18&7=35&9=38&11=46&13=53&14=57&18=70&20=74'
# Made from the template with this SHA-256, by this Jinja:
SOURCE = '063b57f599d5af4d2644208ac7bb62bac9f1be014df356b13675b5d386357133'
JINJA = '3.1.6'
