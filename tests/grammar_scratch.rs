#![allow(dead_code)]
use differentiable::differentiable;
#[differentiable]
fn polar(r: f64, t: f64) -> [f64; 2] {
    [r * t.cos(), r * t.sin()]
}
#[differentiable]
fn use1(x: f64, y: f64) -> f64 {
    let p = polar(x, y);
    p[0] * p[1]
}
#[differentiable]
fn use2(x: f64, y: f64) -> f64 {
    polar(x, y)[0] * y
}
#[differentiable]
fn use3(x: f64, y: f64) -> [f64; 2] {
    polar(x * y, y)
}
#[differentiable]
fn swap(x: f64, y: f64) -> f64 {
    let (mut a, mut b) = (x, y);
    for _ in 0..3 {
        (a, b) = (b, a * b);
    }
    a + b
}
