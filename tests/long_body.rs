//! A long body (400 statements: `let`, `+=`, `*=`) compiles and its derivatives, in
//! every mode, match central finite differences of the primal (`tests/common/fd.rs`):
//! first and second differences, so the HVP oracle is independent of the gradient.
//!
//! 400, not 1 000: at about 700 statements the generated `_vjp`/`_grad`/`_hvp` (about 9
//! `let`s per source statement, 8 800 at 1 000) overflow rustc's stack in LLVM's debug
//! info for nested lexical scopes (plain Rust does the same at about 4 000 `let`s in one
//! block): /work/bugs/42. Raise N to 1000 once fixed. `expand` itself handles 1 000
//! statements (autodiff-macros/src/hostile_tests.rs).
//!
//! Generated (do not edit by hand) by this script, run as
//! `python3 gen_long_body.py 400 > tests/long_body.rs` (the commented lines below,
//! without `//     `):
//
//     import random
//     import sys
//     r = random.Random(7)
//     N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000  # statements
//     BLOCK = int(sys.argv[2]) if len(sys.argv) > 2 else 0  # statements per `{ }` block, 0: none
//     vars_ = ["x[0]", "x[1]", "x[2]", "x[3]"]
//     lines = []
//     for i in range(N):
//         if BLOCK and i % BLOCK == 0:
//             if i:
//                 lines.append("}")
//             lines.append("{")
//             vars_ = vars_[:4]
//         k = i % 10
//         a, b = r.choice(vars_[-12:]), r.choice(vars_)
//         if k < 6:
//             f = r.choice(["sin", "cos", "tanh", "atan"])
//             op = r.choice(["+", "-", "*"])
//             c = r.choice(["0.5", "0.25", "0.75", "1.5"])
//             lines.append(f"let a{i} = ({c} * {a} {op} {b}).{f}();")
//             vars_.append(f"a{i}")
//         elif k < 9:
//             lines.append(f"s += 0.01 * {a} * {b};")
//         else:
//             lines.append(f"m *= 1.0 + 0.001 * {a};")
//     if BLOCK:
//         lines.append("}")
//     body = "\n".join("    " + l for l in lines)
//     src = open(__file__).read()
//     header = "".join("//     " + l + "\n" if l else "//\n" for l in src.splitlines())
//     print(f"""//! A long body ({N} statements: `let`, `+=`, `*=`) compiles and its derivatives, in
//     //! every mode, match central finite differences of the primal (`tests/common/fd.rs`):
//     //! first and second differences, so the HVP oracle is independent of the gradient.
//     //!
//     //! {N}, not 1 000: at about 700 statements the generated `_vjp`/`_grad`/`_hvp` (about 9
//     //! `let`s per source statement, 8 800 at 1 000) overflow rustc's stack in LLVM's debug
//     //! info for nested lexical scopes (plain Rust does the same at about 4 000 `let`s in one
//     //! block): /work/bugs/42. Raise N to 1000 once fixed. `expand` itself handles 1 000
//     //! statements (autodiff-macros/src/hostile_tests.rs).
//     //!
//     //! Generated (do not edit by hand) by this script, run as
//     //! `python3 gen_long_body.py {N} > tests/long_body.rs` (the commented lines below,
//     //! without `//     `):
//     //
//     {header}
//     use differentiable::differentiable;
//
//     #[path = "common/fd.rs"]
//     mod fd;
//
//     #[differentiable]
//     #[rustfmt::skip]
//     #[allow(unused_variables, clippy::too_many_lines)]
//     fn long_body(x: &[f64]) -> f64 {{
//         let mut s = 0.0;
//         let mut m = 1.0;
//     {body}
//         s * m
//     }}
//
//     #[test]
//     fn thousand_statements_match_finite_differences() {{
//         let f = |p: &[f64]| long_body(p);
//         let jvp = |p: &[f64], v: &[f64]| long_body_jvp(p, v);
//         let vjp = |p: &[f64], s: f64| {{
//             let mut b = vec![0.0; p.len()];
//             (long_body_vjp(p, &mut b, s), b)
//         }};
//         let grad = |p: &[f64]| {{
//             let mut g = vec![0.0; p.len()];
//             (long_body_grad(p, &mut g), g)
//         }};
//         let hvp = |p: &[f64], d: &[f64]| {{
//             let mut h = vec![0.0; p.len()];
//             (long_body_hvp(p, d, &mut h), h)
//         }};
//         let m = fd::Scalar {{
//             f: &f,
//             jvp: Some(&jvp),
//             vjp: Some(&vjp),
//             grad: Some(&grad),
//             hvp: Some(&hvp),
//         }};
//         let mut rng = fd::Rng::new(1000);
//         for _ in 0..3 {{
//             let x = rng.vec(4, -1.5, 1.5);
//             fd::check_scalar("long_body", &m, &x, 1e-6, 1e-4);
//         }}
//     }}""")

use differentiable::differentiable;

#[path = "common/fd.rs"]
mod fd;

#[differentiable]
#[rustfmt::skip]
#[allow(unused_variables, clippy::too_many_lines)]
fn long_body(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut m = 1.0;
    let a0 = (0.5 * x[2] * x[1]).atan();
    let a1 = (0.5 * x[0] - a0).sin();
    let a2 = (1.5 * a0 + x[1]).sin();
    let a3 = (1.5 * x[3] + x[0]).cos();
    let a4 = (0.5 * x[0] * x[1]).cos();
    let a5 = (0.25 * a2 + x[0]).cos();
    s += 0.01 * a0 * a2;
    s += 0.01 * x[2] * a4;
    s += 0.01 * x[1] * a5;
    m *= 1.0 + 0.001 * a0;
    let a10 = (0.5 * x[2] - x[1]).cos();
    let a11 = (0.25 * a4 * x[1]).sin();
    let a12 = (1.5 * a3 - a10).atan();
    let a13 = (0.25 * a10 - a3).tanh();
    let a14 = (0.75 * a0 + a11).cos();
    let a15 = (1.5 * a11 * a3).tanh();
    s += 0.01 * a4 * x[2];
    s += 0.01 * a1 * a13;
    s += 0.01 * a2 * a10;
    m *= 1.0 + 0.001 * a2;
    let a20 = (0.75 * a10 * x[1]).sin();
    let a21 = (1.5 * a10 * a11).atan();
    let a22 = (0.5 * a3 - x[2]).tanh();
    let a23 = (1.5 * a3 - a5).atan();
    let a24 = (0.75 * a22 - a11).sin();
    let a25 = (0.5 * a11 - a23).sin();
    s += 0.01 * a13 * a5;
    s += 0.01 * a12 * a3;
    s += 0.01 * a20 * a12;
    m *= 1.0 + 0.001 * a21;
    let a30 = (0.75 * a12 * a14).atan();
    let a31 = (1.5 * a13 * a13).tanh();
    let a32 = (0.25 * a21 + a25).atan();
    let a33 = (0.25 * a14 + a1).cos();
    let a34 = (0.75 * a14 - a15).cos();
    let a35 = (0.75 * a15 * a0).atan();
    s += 0.01 * a33 * a22;
    s += 0.01 * a25 * a0;
    s += 0.01 * a35 * a35;
    m *= 1.0 + 0.001 * a32;
    let a40 = (1.5 * a34 - a25).sin();
    let a41 = (1.5 * a31 + a12).atan();
    let a42 = (0.5 * a40 + a12).sin();
    let a43 = (0.75 * a30 + a14).cos();
    let a44 = (0.25 * a41 + x[3]).sin();
    let a45 = (0.5 * a41 * a2).tanh();
    s += 0.01 * a31 * a13;
    s += 0.01 * a43 * a32;
    s += 0.01 * a32 * a20;
    m *= 1.0 + 0.001 * a35;
    let a50 = (1.5 * a41 - a3).sin();
    let a51 = (0.25 * a42 + a42).tanh();
    let a52 = (0.25 * a33 - a25).tanh();
    let a53 = (0.75 * a45 * x[1]).cos();
    let a54 = (0.75 * a40 * a50).sin();
    let a55 = (0.75 * a53 * a1).tanh();
    s += 0.01 * a42 * a30;
    s += 0.01 * a43 * a50;
    s += 0.01 * a52 * a44;
    m *= 1.0 + 0.001 * a45;
    let a60 = (0.25 * a53 - a12).cos();
    let a61 = (0.5 * a44 - a45).atan();
    let a62 = (0.25 * a42 - a21).atan();
    let a63 = (0.75 * a62 - a54).tanh();
    let a64 = (0.25 * a53 + a1).cos();
    let a65 = (1.5 * a60 + a12).tanh();
    s += 0.01 * a63 * a55;
    s += 0.01 * a50 * a42;
    s += 0.01 * a64 * a30;
    m *= 1.0 + 0.001 * a64;
    let a70 = (0.25 * a64 * a3).atan();
    let a71 = (0.75 * a62 * a11).atan();
    let a72 = (1.5 * a53 - a70).atan();
    let a73 = (0.25 * a72 + a1).cos();
    let a74 = (0.25 * a54 * a5).atan();
    let a75 = (0.75 * a72 * a54).atan();
    s += 0.01 * a62 * a51;
    s += 0.01 * a72 * a4;
    s += 0.01 * a60 * x[0];
    m *= 1.0 + 0.001 * a75;
    let a80 = (0.25 * a61 - a45).cos();
    let a81 = (0.75 * a64 + x[1]).tanh();
    let a82 = (1.5 * a74 - a15).tanh();
    let a83 = (1.5 * a65 - x[3]).tanh();
    let a84 = (0.5 * a80 * a4).cos();
    let a85 = (0.5 * a80 * a73).cos();
    s += 0.01 * a72 * a11;
    s += 0.01 * a72 * a42;
    s += 0.01 * a83 * a70;
    m *= 1.0 + 0.001 * a71;
    let a90 = (0.5 * a70 + a24).atan();
    let a91 = (0.5 * a74 + a12).tanh();
    let a92 = (1.5 * a84 + a40).sin();
    let a93 = (0.75 * a82 * a55).cos();
    let a94 = (0.25 * a85 * a44).atan();
    let a95 = (0.25 * a94 * a45).tanh();
    s += 0.01 * a91 * a21;
    s += 0.01 * a90 * a15;
    s += 0.01 * a90 * a84;
    m *= 1.0 + 0.001 * a85;
    let a100 = (0.25 * a94 + a42).atan();
    let a101 = (0.75 * a95 + a54).sin();
    let a102 = (0.25 * a84 - a44).cos();
    let a103 = (0.25 * a102 - a12).atan();
    let a104 = (1.5 * a102 * a40).cos();
    let a105 = (0.25 * a101 - a75).tanh();
    s += 0.01 * a95 * a60;
    s += 0.01 * a91 * a70;
    s += 0.01 * a90 * a63;
    m *= 1.0 + 0.001 * a102;
    let a110 = (0.75 * a101 - x[2]).atan();
    let a111 = (0.5 * a103 + a4).sin();
    let a112 = (0.25 * a93 + a45).tanh();
    let a113 = (0.75 * a101 * a20).atan();
    let a114 = (0.75 * a104 * a23).atan();
    let a115 = (0.25 * a100 * a51).sin();
    s += 0.01 * a110 * a5;
    s += 0.01 * a104 * x[2];
    s += 0.01 * a114 * a11;
    m *= 1.0 + 0.001 * a104;
    let a120 = (0.5 * a113 - a40).sin();
    let a121 = (1.5 * a112 * x[1]).tanh();
    let a122 = (0.25 * a110 * a20).sin();
    let a123 = (0.25 * a104 + a24).tanh();
    let a124 = (0.25 * a111 * a55).tanh();
    let a125 = (0.75 * a113 - a85).cos();
    s += 0.01 * a110 * a44;
    s += 0.01 * a110 * x[1];
    s += 0.01 * a110 * a100;
    m *= 1.0 + 0.001 * a122;
    let a130 = (0.5 * a122 - a92).cos();
    let a131 = (1.5 * a125 * a83).atan();
    let a132 = (0.75 * a124 + a55).cos();
    let a133 = (0.75 * a120 - a125).cos();
    let a134 = (0.75 * a114 + a20).sin();
    let a135 = (1.5 * a125 + a24).sin();
    s += 0.01 * a132 * a133;
    s += 0.01 * a124 * a120;
    s += 0.01 * a123 * a53;
    m *= 1.0 + 0.001 * a120;
    let a140 = (0.5 * a122 - a24).tanh();
    let a141 = (0.75 * a125 * a70).tanh();
    let a142 = (0.75 * a125 + a0).tanh();
    let a143 = (0.5 * a125 - x[0]).tanh();
    let a144 = (0.5 * a135 + a51).cos();
    let a145 = (1.5 * a130 + a45).sin();
    s += 0.01 * a143 * a1;
    s += 0.01 * a140 * x[2];
    s += 0.01 * a134 * a54;
    m *= 1.0 + 0.001 * a144;
    let a150 = (1.5 * a131 * a114).cos();
    let a151 = (0.75 * a140 + a144).atan();
    let a152 = (1.5 * a151 + a123).cos();
    let a153 = (0.5 * a152 * a141).cos();
    let a154 = (0.5 * a152 + a114).cos();
    let a155 = (1.5 * a135 + a21).tanh();
    s += 0.01 * a151 * a111;
    s += 0.01 * a140 * a124;
    s += 0.01 * a140 * a124;
    m *= 1.0 + 0.001 * a152;
    let a160 = (1.5 * a143 + a94).tanh();
    let a161 = (0.5 * a142 * a151).sin();
    let a162 = (0.5 * a161 - a150).atan();
    let a163 = (1.5 * a151 + a42).cos();
    let a164 = (0.75 * a155 - a72).sin();
    let a165 = (0.25 * a145 + a122).cos();
    s += 0.01 * a155 * a44;
    s += 0.01 * a164 * a151;
    s += 0.01 * a165 * a54;
    m *= 1.0 + 0.001 * a163;
    let a170 = (1.5 * a152 + x[1]).atan();
    let a171 = (0.25 * a155 * a134).sin();
    let a172 = (0.75 * a170 * a94).tanh();
    let a173 = (0.25 * a164 + a91).atan();
    let a174 = (0.75 * a162 + a10).atan();
    let a175 = (1.5 * a170 - a5).atan();
    s += 0.01 * a163 * a34;
    s += 0.01 * a161 * a114;
    s += 0.01 * a161 * a22;
    m *= 1.0 + 0.001 * a175;
    let a180 = (0.75 * a164 * a70).cos();
    let a181 = (1.5 * a162 + a142).tanh();
    let a182 = (0.5 * a173 + a74).sin();
    let a183 = (0.75 * a174 - a135).atan();
    let a184 = (1.5 * a183 - a22).atan();
    let a185 = (0.75 * a174 + a15).tanh();
    s += 0.01 * a175 * a171;
    s += 0.01 * a180 * a15;
    s += 0.01 * a173 * a143;
    m *= 1.0 + 0.001 * a170;
    let a190 = (0.5 * a185 - a53).tanh();
    let a191 = (1.5 * a181 - a73).sin();
    let a192 = (0.5 * a180 - a173).sin();
    let a193 = (0.25 * a173 * a170).tanh();
    let a194 = (0.75 * a181 * a50).atan();
    let a195 = (0.5 * a182 - a154).tanh();
    s += 0.01 * a194 * a75;
    s += 0.01 * a192 * a110;
    s += 0.01 * a183 * a144;
    m *= 1.0 + 0.001 * a181;
    let a200 = (0.25 * a195 * a80).atan();
    let a201 = (0.5 * a195 - a175).tanh();
    let a202 = (1.5 * a194 - a20).cos();
    let a203 = (0.75 * a192 - a52).tanh();
    let a204 = (1.5 * a194 - a93).tanh();
    let a205 = (0.25 * a190 + a62).cos();
    s += 0.01 * a202 * a203;
    s += 0.01 * a202 * a84;
    s += 0.01 * a201 * a133;
    m *= 1.0 + 0.001 * a201;
    let a210 = (0.25 * a192 + a73).cos();
    let a211 = (0.75 * a200 + a31).tanh();
    let a212 = (1.5 * a200 * a75).sin();
    let a213 = (0.75 * a203 - a165).cos();
    let a214 = (0.75 * a203 - a15).atan();
    let a215 = (0.75 * a201 + a204).cos();
    s += 0.01 * a203 * a154;
    s += 0.01 * a210 * a182;
    s += 0.01 * a210 * a123;
    m *= 1.0 + 0.001 * a200;
    let a220 = (1.5 * a200 * a172).atan();
    let a221 = (1.5 * a201 * a22).atan();
    let a222 = (0.25 * a213 + a95).sin();
    let a223 = (1.5 * a205 * a213).sin();
    let a224 = (0.25 * a205 + a10).sin();
    let a225 = (0.75 * a222 + a5).tanh();
    s += 0.01 * a222 * a175;
    s += 0.01 * a225 * a40;
    s += 0.01 * a211 * a22;
    m *= 1.0 + 0.001 * a214;
    let a230 = (0.25 * a223 - a73).atan();
    let a231 = (0.75 * a224 * x[0]).sin();
    let a232 = (0.25 * a223 * a111).tanh();
    let a233 = (0.25 * a224 * a214).cos();
    let a234 = (0.5 * a214 + a165).tanh();
    let a235 = (0.75 * a222 + a203).atan();
    s += 0.01 * a223 * a172;
    s += 0.01 * a225 * a90;
    s += 0.01 * a231 * a4;
    m *= 1.0 + 0.001 * a235;
    let a240 = (1.5 * a235 * a171).tanh();
    let a241 = (0.5 * a224 * x[1]).tanh();
    let a242 = (0.25 * a225 - a202).cos();
    let a243 = (0.75 * a230 - a191).cos();
    let a244 = (1.5 * a225 + a202).cos();
    let a245 = (0.5 * a235 - a14).cos();
    s += 0.01 * a233 * a2;
    s += 0.01 * a243 * a52;
    s += 0.01 * a240 * a13;
    m *= 1.0 + 0.001 * a245;
    let a250 = (0.75 * a232 * a160).atan();
    let a251 = (0.75 * a250 + a40).sin();
    let a252 = (0.75 * a235 + a71).atan();
    let a253 = (1.5 * a251 - a152).tanh();
    let a254 = (0.75 * a240 + a35).sin();
    let a255 = (0.25 * a240 + a141).atan();
    s += 0.01 * a250 * a143;
    s += 0.01 * a244 * a174;
    s += 0.01 * a241 * a12;
    m *= 1.0 + 0.001 * a255;
    let a260 = (0.75 * a243 + a151).atan();
    let a261 = (1.5 * a250 * a193).sin();
    let a262 = (1.5 * a245 + a260).atan();
    let a263 = (0.75 * a243 + a190).sin();
    let a264 = (0.75 * a251 - a20).tanh();
    let a265 = (0.75 * a254 - a253).sin();
    s += 0.01 * a254 * a120;
    s += 0.01 * a250 * a244;
    s += 0.01 * a264 * a20;
    m *= 1.0 + 0.001 * a250;
    let a270 = (0.75 * a251 - a193).atan();
    let a271 = (0.25 * a261 - a202).cos();
    let a272 = (0.25 * a252 * a121).cos();
    let a273 = (0.5 * a262 - a125).atan();
    let a274 = (0.25 * a270 + a74).atan();
    let a275 = (0.75 * a265 - a20).sin();
    s += 0.01 * a262 * a173;
    s += 0.01 * a261 * a22;
    s += 0.01 * a264 * a255;
    m *= 1.0 + 0.001 * a261;
    let a280 = (1.5 * a261 * a171).atan();
    let a281 = (1.5 * a263 - a91).cos();
    let a282 = (0.5 * a275 * a280).cos();
    let a283 = (0.75 * a271 * a115).tanh();
    let a284 = (1.5 * a273 + a101).tanh();
    let a285 = (0.25 * a272 + a71).cos();
    s += 0.01 * a274 * a240;
    s += 0.01 * a273 * a131;
    s += 0.01 * a271 * a161;
    m *= 1.0 + 0.001 * a274;
    let a290 = (0.5 * a282 * a214).cos();
    let a291 = (0.5 * a285 + a190).sin();
    let a292 = (0.5 * a283 - a91).atan();
    let a293 = (0.25 * a281 + a91).sin();
    let a294 = (0.75 * a291 + a241).cos();
    let a295 = (0.75 * a291 * a65).atan();
    s += 0.01 * a294 * x[1];
    s += 0.01 * a281 * a263;
    s += 0.01 * a293 * a293;
    m *= 1.0 + 0.001 * a293;
    let a300 = (0.25 * a283 - a5).tanh();
    let a301 = (0.25 * a281 + a80).tanh();
    let a302 = (0.75 * a282 * a131).atan();
    let a303 = (0.25 * a285 + a254).tanh();
    let a304 = (1.5 * a284 + a202).atan();
    let a305 = (0.5 * a290 * a161).cos();
    s += 0.01 * a304 * a61;
    s += 0.01 * a300 * a290;
    s += 0.01 * a294 * a164;
    m *= 1.0 + 0.001 * a294;
    let a310 = (0.75 * a294 - a170).sin();
    let a311 = (0.25 * a301 - a170).sin();
    let a312 = (0.5 * a302 + a302).atan();
    let a313 = (0.5 * a303 + a60).atan();
    let a314 = (0.25 * a304 - a235).tanh();
    let a315 = (0.25 * a301 * x[3]).sin();
    s += 0.01 * a314 * a161;
    s += 0.01 * a301 * a234;
    s += 0.01 * a313 * a150;
    m *= 1.0 + 0.001 * a315;
    let a320 = (0.25 * a302 - a53).tanh();
    let a321 = (1.5 * a313 + a63).sin();
    let a322 = (0.25 * a313 - a312).cos();
    let a323 = (1.5 * a303 + a195).tanh();
    let a324 = (0.25 * a305 * a294).cos();
    let a325 = (0.25 * a322 - a163).cos();
    s += 0.01 * a323 * a83;
    s += 0.01 * a310 * a162;
    s += 0.01 * a322 * a60;
    m *= 1.0 + 0.001 * a320;
    let a330 = (0.25 * a311 * a54).cos();
    let a331 = (0.75 * a311 * a231).sin();
    let a332 = (0.75 * a313 * a155).atan();
    let a333 = (0.25 * a331 * a171).tanh();
    let a334 = (1.5 * a324 - a155).tanh();
    let a335 = (1.5 * a321 * a1).sin();
    s += 0.01 * a331 * a92;
    s += 0.01 * a331 * a315;
    s += 0.01 * a333 * a323;
    m *= 1.0 + 0.001 * a331;
    let a340 = (0.25 * a331 + a162).sin();
    let a341 = (1.5 * a330 + a174).tanh();
    let a342 = (0.25 * a334 + a210).sin();
    let a343 = (0.5 * a324 * a303).tanh();
    let a344 = (0.25 * a324 * a312).atan();
    let a345 = (0.25 * a325 + a20).sin();
    s += 0.01 * a341 * a113;
    s += 0.01 * a332 * a283;
    s += 0.01 * a345 * a84;
    m *= 1.0 + 0.001 * a331;
    let a350 = (0.75 * a335 + a252).tanh();
    let a351 = (0.75 * a344 + a110).atan();
    let a352 = (0.75 * a344 * a194).cos();
    let a353 = (0.75 * a350 - a205).cos();
    let a354 = (0.25 * a334 - a74).cos();
    let a355 = (0.25 * a353 - a111).tanh();
    s += 0.01 * a344 * a41;
    s += 0.01 * a352 * a12;
    s += 0.01 * a354 * a355;
    m *= 1.0 + 0.001 * a345;
    let a360 = (1.5 * a352 - a213).sin();
    let a361 = (1.5 * a360 - a332).tanh();
    let a362 = (0.75 * a351 - a235).cos();
    let a363 = (0.5 * a344 + a181).cos();
    let a364 = (0.75 * a352 - a341).tanh();
    let a365 = (0.25 * a364 + x[0]).sin();
    s += 0.01 * a354 * a253;
    s += 0.01 * a364 * a174;
    s += 0.01 * a360 * a211;
    m *= 1.0 + 0.001 * a355;
    let a370 = (0.5 * a352 * a201).cos();
    let a371 = (0.75 * a351 * a13).sin();
    let a372 = (0.25 * a360 * a35).tanh();
    let a373 = (0.25 * a363 * a241).tanh();
    let a374 = (0.25 * a361 + a145).atan();
    let a375 = (0.25 * a355 * a333).cos();
    s += 0.01 * a371 * a32;
    s += 0.01 * a361 * a263;
    s += 0.01 * a362 * a363;
    m *= 1.0 + 0.001 * a374;
    let a380 = (0.5 * a364 + a162).tanh();
    let a381 = (1.5 * a375 * a342).tanh();
    let a382 = (0.25 * a375 + a212).atan();
    let a383 = (0.5 * a363 * a11).sin();
    let a384 = (0.5 * a374 + a71).cos();
    let a385 = (1.5 * a370 + x[3]).cos();
    s += 0.01 * a373 * a212;
    s += 0.01 * a383 * a264;
    s += 0.01 * a382 * a265;
    m *= 1.0 + 0.001 * a384;
    let a390 = (0.75 * a383 + a64).tanh();
    let a391 = (0.5 * a385 * a12).atan();
    let a392 = (1.5 * a382 * a352).atan();
    let a393 = (0.25 * a374 + a305).atan();
    let a394 = (0.5 * a375 * a102).cos();
    let a395 = (0.5 * a380 * a133).tanh();
    s += 0.01 * a384 * a262;
    s += 0.01 * a392 * a281;
    s += 0.01 * a390 * a283;
    m *= 1.0 + 0.001 * a392;
    s * m
}

#[test]
fn thousand_statements_match_finite_differences() {
    let f = |p: &[f64]| long_body(p);
    let jvp = |p: &[f64], v: &[f64]| long_body_jvp(p, v);
    let vjp = |p: &[f64], s: f64| {
        let mut b = vec![0.0; p.len()];
        (long_body_vjp(p, &mut b, s), b)
    };
    let grad = |p: &[f64]| {
        let mut g = vec![0.0; p.len()];
        (long_body_grad(p, &mut g), g)
    };
    let hvp = |p: &[f64], d: &[f64]| {
        let mut h = vec![0.0; p.len()];
        (long_body_hvp(p, d, &mut h), h)
    };
    let m = fd::Scalar {
        f: &f,
        jvp: Some(&jvp),
        vjp: Some(&vjp),
        grad: Some(&grad),
        hvp: Some(&hvp),
    };
    let mut rng = fd::Rng::new(1000);
    for _ in 0..3 {
        let x = rng.vec(4, -1.5, 1.5);
        fd::check_scalar("long_body", &m, &x, 1e-6, 1e-4);
    }
}
