use differentiable::Differentiable;
#[derive(Differentiable, Clone, Debug, PartialEq)]
struct Layer { w: [[f64; 2]; 3], b: [f64; 3] }
#[derive(Differentiable, Clone, Debug)]
struct Mlp { l1: Layer, v: Vec<f64>, c: f64, #[no_grad] n: usize, #[no_grad] name: String }
#[test]
fn t() {
    let m = Mlp { l1: Layer { w: [[1.0; 2]; 3], b: [2.0; 3] }, v: vec![3.0; 4], c: 5.0, n: 7, name: "x".into() };
    assert_eq!(m.leaf_count(), 6 + 3 + 4 + 1);
    let z = m.zeros_like();
    assert_eq!(z.n, 7);
    assert_eq!(m.dot(&m), 6.0 + 12.0 + 36.0 + 25.0);
}
