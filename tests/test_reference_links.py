"""Links into PyTorch's reference (autograd_docs/hooks/reference_links.py, autograd_docs/reference.py):
which spellings name a torch object, where each is documented, that a name the installed
torch lacks fails the build, and that every link of the built site names an object that
torch has, at the reference of the installed release."""

import html
import re
import subprocess
import sys
import textwrap

import pytest
import torch
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from autograd_docs.hooks.reference_links import TAG, _linked_code
from autograd_docs.project import QUIET_MKDOCS, ROOT, language_folder, languages, site_pages
from autograd_docs.reference import MODULE_PAGES, address, name_in, reference_root, resolve

REFERENCE = reference_root()


@pytest.mark.parametrize(
    ("code", "qualified"),
    [
        ("torch.autograd.grad", "torch.autograd.grad"),
        ("torch.no_grad()", "torch.no_grad"),
        ("torch.autograd.grad(y, x, create_graph=True)", "torch.autograd.grad"),
        ("nn.Linear(2, 1)", "torch.nn.Linear"),
        ("F.mse_loss", "torch.nn.functional.mse_loss"),
        ("x.grad", "torch.Tensor.grad"),
        ("loss.backward()", "torch.Tensor.backward"),
        (".backward()", "torch.Tensor.backward"),
        (".grad", "torch.Tensor.grad"),
        ("backward()", "torch.Tensor.backward"),
        ("backward(create_graph=True)", "torch.Tensor.backward"),
        ("no_grad()", "torch.no_grad"),
        ("model.zero_grad()", "torch.nn.Module.zero_grad"),
        ("optimizer.step()", "torch.optim.Optimizer.step"),
        # Not names: values, statements, chains, mathematics, error text.
        ("tensor(3.)", None),
        ("with torch.no_grad():", None),
        ("y.sum().backward()", None),
        ("torch.tensor(2.0).cuda()", None),
        ("x.grad.zero_()", None),
        ("sqrt(x)", None),
        ("grad(f)", None),
        ("requires_grad=True", None),
        ("None", None),
        ("grad_fn=<MulBackward0>", None),
    ],
)
def test_which_spellings_name_a_torch_object(code, qualified):
    name = name_in(code)
    assert (name and name.qualified) == qualified, f"`{code}` read as {name}"


def test_a_spelling_that_names_no_method_of_its_class_is_plain_code():
    """`zero_grad()` has no receiver to say whose; `model.weight` is the model's, not its class's."""
    for code in ("zero_grad()", "step()", "model.weight"):
        name = name_in(code)
        assert name is None or resolve(name.qualified) is None, code


@pytest.mark.parametrize(
    ("qualified", "page"),
    [
        ("torch.autograd.grad", "generated/torch.autograd.grad.html"),
        ("torch.Tensor.backward", "generated/torch.Tensor.backward.html"),
        ("torch.optim.Optimizer.zero_grad", "generated/torch.optim.Optimizer.zero_grad.html"),
        ("torch.nn.Module.zero_grad", "generated/torch.nn.Module.html#torch.nn.Module.zero_grad"),
        ("torch.autograd.Function", "autograd.html#torch.autograd.Function"),
        ("torch.autograd.forward_ad", "autograd.html#module-torch.autograd.forward_ad"),
        ("torch.nn", "nn.html"),
        ("torch.float64", "tensor_attributes.html#torch.dtype"),
        ("torch.nn.Parameter", "generated/torch.nn.parameter.Parameter.html"),
        ("torch.testing.assert_close", "testing.html#torch.testing.assert_close"),
    ],
)
def test_the_address_follows_the_references_layout(qualified, page):
    assert address(qualified) == REFERENCE + page


def test_the_reference_is_the_installed_release():
    major, minor = torch.__version__.split(".")[:2]
    assert REFERENCE == f"https://docs.pytorch.org/docs/{major}.{minor}/"


def test_code_keeps_its_text_and_links_what_it_imports_from_torch():
    code = textwrap.dedent(
        """\
        import torch
        from torch import nn
        from torch.func import grad

        x = torch.tensor(2.0, requires_grad=True)
        print(x.grad, nn.Linear(2, 1), grad(torch.sin)(x), torch.nope)
        """
    )
    block = highlight(code, PythonLexer(), HtmlFormatter(nowrap=True))
    linked = _linked_code(f"<pre>{block}</pre>", {})
    assert html.unescape(TAG.sub("", linked)) == f"{code}", "the code's text changed"
    texts = {re.sub(r"<[^>]+>", "", inner): href for href, inner in re.findall(r'<a class="torch-ref" href="([^"]+)">(.*?)</a>', linked)}
    assert texts == {
        "torch.tensor": REFERENCE + "generated/torch.tensor.html",
        "nn": REFERENCE + "nn.html",
        "nn.Linear": REFERENCE + "generated/torch.nn.Linear.html",
        "grad": REFERENCE + "generated/torch.func.grad.html",
        "torch.sin": REFERENCE + "generated/torch.sin.html",
    }


PAGE = """\
# Broken `torch.autograd.Function`

Text `torch.autograd.gradd` and
`nn.Linar(2, 1)`, and `x.gard`, which is no tensor's attribute.

## Linked once a section

`x.grad` and `x.grad` again, `model.weight`, and [`torch.no_grad()`](https://example.org/).

## Next

`.grad` here is linked again.
"""


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory):
    """A site of one page, built with --strict by this project's hook alone: twice, the
    second build answering from what the first kept in .cache/ (without importing torch)."""
    folder = tmp_path_factory.mktemp("reference-links")
    (folder / "docs").mkdir()
    (folder / "docs" / "index.md").write_text(PAGE)
    hook = ROOT / "autograd_docs" / "hooks" / "reference_links.py"
    (folder / "mkdocs.yml").write_text(f"site_name: broken\nplugins: [search]\nhooks: ['{hook}']\n")
    builds, pages = [], []
    for site in ("site", "site-from-cache"):
        builds.append(subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site], cwd=folder, capture_output=True, text=True, env=QUIET_MKDOCS
        ))
        page = (folder / site / "index.html").read_text(encoding="utf-8")
        pages.append(re.sub(r"Build Date UTC : .*", "", page))  # MkDocs' comment at the end
    assert list((folder / ".cache" / "reference-links").glob("*.json")), "the first build kept no answers"
    assert pages[0] == pages[1], "the build from the cache wrote another page"
    return builds, pages[1]


@pytest.mark.parametrize("number", [0, 1], ids=["first build", "build from the cache"])
def test_a_name_that_torch_does_not_have_fails_the_build_naming_file_and_line(broken_site, number):
    build = broken_site[0][number]
    version = torch.__version__
    assert build.returncode != 0, f"the build passed:\n{build.stderr}"
    for line, code, name in [
        (3, "torch.autograd.gradd", "torch.autograd.gradd"),
        (4, "nn.Linar(2, 1)", "torch.nn.Linar"),
        (4, "x.gard", "torch.Tensor.gard"),
    ]:
        assert f"reference_links: docs/index.md:{line}: `{code}` names {name}, which torch {version} does not have" in build.stderr
    assert build.stderr.count("does not have") == 3, build.stderr


def test_prose_links_once_a_section_and_never_in_headings_or_links(broken_site):
    _, page = broken_site
    article = page.split('<div role="main"', 1)[-1]
    linked = re.findall(r'<a class="torch-ref" href="([^"]+)"><code>([^<]*)</code></a>', article)
    expected = [
        (REFERENCE + "generated/torch.Tensor.grad.html", "x.grad"),  # once in its section, not in the link
        (REFERENCE + "generated/torch.Tensor.grad.html", ".grad"),  # and again in the next section
    ]
    assert linked == expected, f"the prose links {linked}"


# Where a link of the site points: the documented name in its address.
DOCUMENTED_NAME = re.compile(r"(?:generated/(?P<page>[\w.]+)\.html|(?P<module>[\w.]+)\.html)(?:#(?:module-)?(?P<anchor>[\w.]+))?")
LINKS = re.compile(r'<a class="torch-ref" href="([^"]*)">')


def test_every_reference_link_names_an_object_of_the_installed_torch(built_site):
    pages_of_modules = {page: module for module, page in MODULE_PAGES.items()}
    problems, count = [], 0
    for address_ in site_pages():
        for href in LINKS.findall((built_site / address_ / "index.html").read_text(encoding="utf-8")):
            count += 1
            match = DOCUMENTED_NAME.fullmatch(href.removeprefix(REFERENCE))
            if not href.startswith(REFERENCE) or not match:
                problems.append(f"/{address_}: {href} is not an address in {REFERENCE}")
                continue
            name = match["anchor"] or match["page"] or pages_of_modules.get(match["module"], match["module"])
            if resolve(name) is None:
                problems.append(f"/{address_}: {href} names {name}, which torch {torch.__version__} does not have")
    assert count > 500 and not problems, "\n".join(problems) or f"only {count} reference links"


def test_headings_hold_no_reference_link(built_site):
    """The errors page's headings are error messages, and a link in a heading is no help."""
    problems = [
        f"/{address_}: {re.sub(r'<[^>]+>', '', heading)[:80]}"
        for address_ in site_pages()
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", (built_site / address_ / "index.html").read_text(encoding="utf-8"), re.DOTALL)
        if "torch-ref" in heading
    ]
    assert not problems, "headings with a reference link:\n" + "\n".join(problems)


def test_both_languages_link_the_same_code(built_site):
    """The code is the same in every language (the same snippets and notebooks), so are its links."""
    in_code = {}
    for address_ in site_pages():
        page = (built_site / address_ / "index.html").read_text(encoding="utf-8")
        in_code[address_] = [href for block in re.findall(r"<pre\b.*?</pre>", page, re.DOTALL) for href in LINKS.findall(block)]
    default, *others = languages()
    for address_, links in in_code.items():
        for other in others:
            if not address_.startswith(tuple(language_folder(language) for language in others)):
                translated = in_code[language_folder(other) + address_]
                assert translated == links, f"/{address_} and its {other} page link different code"
