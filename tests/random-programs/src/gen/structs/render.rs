//! A struct program as Rust: the annotated function or method and its num-dual twin,
//! and its entry in the table of cases (the struct's flat view, then `x`).

use super::{fn_name, StructSpec, Ty};
use crate::gen::ast::{Mode, Render};
use crate::gen::program::{case_lines, CaseClosures, Program};
use crate::gen::rng::Rng;

/// The annotated function (or method, in an `impl` block) and its twin.
pub fn render(p: &Program, spec: &StructSpec, rng: Rng, out: &mut Vec<String>) {
    let mut rng = Some(rng);
    let name = fn_name(p, spec);
    let root = spec.root();
    let ty = spec.ty.name();
    for dual in [false, true] {
        let mut r = Render {
            mode: if dual { Mode::Dual } else { Mode::F64 },
            rng: rng.take().unwrap_or_else(|| Rng::new(0)),
            array: true,
            vec_bufs: Vec::new(),
        };
        let t = r.tyname();
        // the twin of an active struct takes its twin type; of a constant one, the struct
        let sty = match (dual && spec.active, spec.ty) {
            (true, Ty::Model) => "ModelD<D>",
            (true, Ty::Inner) => "InnerD<D>",
            (false, _) => ty,
        };
        let gens = if dual && !(spec.method && spec.active) {
            "<D: DualNum<Primitive = f64> + Copy>"
        } else {
            ""
        };
        let ind = if spec.method { "    " } else { "" };
        if spec.method {
            if dual && spec.active {
                out.push(format!("impl<D: DualNum<Primitive = f64> + Copy> {sty} {{"));
            } else {
                out.push(format!("impl {ty} {{"));
            }
        }
        if !dual {
            let mut wrt = Vec::new();
            if spec.active {
                wrt.push(root);
            }
            if spec.xactive {
                wrt.push("x");
            }
            let no_hvp = if p.nested { ", no_hvp" } else { "" };
            out.push(format!(
                "{ind}#[differentiable(wrt({}){no_hvp})]",
                wrt.join(", ")
            ));
        }
        let fname = if dual {
            format!("{name}_d")
        } else {
            name.clone()
        };
        let sparam = if spec.method {
            "&self".to_string()
        } else {
            format!("{root}: &{sty}")
        };
        out.push(format!(
            "{ind}fn {fname}{gens}({sparam}, x: &[{t}]) -> {t} {{"
        ));
        let mut lines = Vec::new();
        r.stmts(&p.body, true, 1, &mut lines);
        lines.push(format!("    {}", r.expr(&p.tail)));
        out.extend(lines.into_iter().map(|l| format!("{ind}{l}")));
        out.push(format!("{ind}}}"));
        if spec.method {
            out.push("}".into());
        }
        out.push(String::new());
        rng = Some(r.rng);
    }
}

/// The program's entry in the table of cases: the flat inputs are the struct's leaves
/// (its flat view, through the `Differentiable` trait) then `x`.
pub fn render_case(p: &Program, spec: &StructSpec, seed: u64) -> Vec<String> {
    let nm = fn_name(p, spec);
    let ty = spec.ty;
    let s = if spec.active { ty.leaves() } else { 0 };
    let l = spec.xlen;
    // the struct: from the flat inputs, or the constant one
    let mk = |v: &str| format!("{}(&{v}[..{s}])", ty.at());
    let m = if spec.active {
        mk("x")
    } else {
        format!("{}(&{})", ty.at(), ty.consts())
    };
    let xs = if spec.xactive {
        format!("&x[{s}..]")
    } else {
        format!("&XD[..{l}]")
    };
    // `f(struct args, x args)` as a free function or a method on the struct `m`
    let call = |suffix: &str, sargs: &[&str], xargs: &[&str]| -> String {
        let xargs = xargs.join(", ");
        let sa: Vec<&str> = sargs.to_vec();
        if spec.method {
            let rest: Vec<String> = sa.iter().map(|a| a.to_string()).collect();
            let mut args = rest;
            args.push(xargs);
            format!("m.{nm}{suffix}({})", args.join(", "))
        } else {
            let mut args: Vec<String> = vec!["&m".into()];
            args.extend(sa.iter().map(|a| a.to_string()));
            args.push(xargs);
            format!("{nm}{suffix}({})", args.join(", "))
        }
    };
    let act = spec.active;
    let f = format!("|x, _| {{ let m = {m}; {} }}", call("", &[], &[&xs]));
    let vs = format!("&v[{s}..]");
    let jx: Vec<&str> = if spec.xactive {
        vec![&xs, &vs]
    } else {
        vec![&xs]
    };
    let jvp = if act {
        format!(
            "|x, v, _| {{ let m = {m}; let dm = {}; {} }}",
            mk("v"),
            call("_jvp", &["&dm"], &jx)
        )
    } else {
        format!("|x, v, _| {{ let m = {m}; {} }}", call("_jvp", &[], &jx))
    };
    let vx: Vec<&str> = if spec.xactive {
        vec![&xs, "bx"]
    } else {
        vec![&xs]
    };
    let vjp = if act {
        format!(
            "|x, s, bar, _| {{ let m = {m}; let mut mb = {}; let (bs, bx) = bar.split_at_mut({s}); let y = {}; mb.write_flat(bs); y }}",
            mk("bar"),
            call("_vjp", &["&mut mb"], &[&vx.join(", "), "s"])
        )
    } else {
        format!(
            "|x, s, bar, _| {{ let m = {m}; let bx = bar; {} }}",
            call("_vjp", &[], &[&vx.join(", "), "s"])
        )
    };
    let gx: Vec<&str> = if spec.xactive {
        vec![&xs, "gx"]
    } else {
        vec![&xs]
    };
    let grad = if act {
        format!(
            "|x, g, _| {{ let m = {m}; let mut mg = {}; let (gs, gx) = g.split_at_mut({s}); let y = {}; mg.write_flat(gs); y }}",
            mk("g"),
            call("_grad", &["&mut mg"], &gx)
        )
    } else {
        format!(
            "|x, g, _| {{ let m = {m}; let gx = g; {} }}",
            call("_grad", &[], &gx)
        )
    };
    let hx: Vec<&str> = if spec.xactive {
        vec![&xs, &vs, "hx"]
    } else {
        vec![&xs]
    };
    let hvp = if act {
        format!(
            "|x, v, hv, _| {{ let m = {m}; let md = {}; let mut mh = {}; let (hs, hx) = hv.split_at_mut({s}); let y = {}; mh.write_flat(hs); y }}",
            mk("v"),
            mk("hv"),
            call("_hvp", &["&md", "&mut mh"], &hx)
        )
    } else {
        format!(
            "|x, v, hv, _| {{ let m = {m}; let hx = hv; {} }}",
            call("_hvp", &[], &hx)
        )
    };
    // the twin: the struct's twin from the flat duals (hand-written in the harness, in
    // the documented leaf order), or the constant struct itself
    let md = if act {
        format!("{}(&x[..{s}])", ty.twin_at())
    } else {
        format!("{}(&{})", ty.at(), ty.consts())
    };
    let xd = if spec.xactive {
        format!("x[{s}..].to_vec()")
    } else {
        format!("kds(&XD[..{l}])")
    };
    let dual = if spec.method {
        format!("|x, _| {{ let m = {md}; let xd: Vec<HyperDual64> = {xd}; m.{nm}_d(&xd) }}")
    } else {
        format!("|x, _| {{ let m = {md}; let xd: Vec<HyperDual64> = {xd}; {nm}_d(&m, &xd) }}")
    };
    case_lines(
        seed,
        p,
        spec.n(),
        &CaseClosures {
            f,
            jvp,
            vjp,
            grad,
            hvp,
            dual,
        },
    )
}
