//! The energy landscape of the 7-atom Lennard-Jones cluster LJ7: every minimum, the
//! transition states between them, and how often plain descent finds each.
//!
//! ```text
//! cargo run --release --example lj7
//! ```
//!
//! The energy `E = Σ 4 (r⁻¹² − r⁻⁶)` over the 21 atom pairs is written once with
//! `#[differentiable]`, which generates its gradient and exact Hessian-vector
//! products. It is invariant under translations and rotations of the cluster (six
//! zero eigenvalues of every Hessian) and under renumbering the atoms; the program
//! tells the tools so, with `Symmetric::new(.., RigidBody)` and `cluster_distance`.
//!
//! 1. **Start** without knowing any minimum: a flat hexagon of six atoms around a
//!    seventh, a symmetric high-energy arrangement, refined by `SaddleSearch` to the
//!    critical point of its own index.
//! 2. **Ridge Rider** from there follows every direction of negative curvature down,
//!    branches at the saddles it meets, and reports each distinct minimum once with
//!    all the paths (fingerprints) that reach it.
//! 3. **Transition states**: from each minimum, `SaddleSearch::find_along` climbs
//!    along each of its six softest vibrations (both ways) to an index-1 saddle, and
//!    `connect` descends both sides of the saddle to the two minima it joins. A
//!    minimum found this way is explored in turn.
//! 4. The **disconnectivity graph** (energy vertically, minima as leaves, each
//!    branch joining at the lowest saddle between the two groups) is drawn to
//!    `target/lj7_disconnectivity.svg`.
//! 5. **Gradient descent and Adam** from random starts, and how many reach each
//!    minimum.

use differentiable::differentiable;
use differentiable::optim::Adam;
use differentiable::ridge_rider::{LeafKind, RideStop, RidgeRider};
use differentiable::saddle::{
    classify, cluster_distance, eigenpairs, Classifier, FnObjective, Objective, PointKind,
    RigidBody, SaddleSearch, Symmetric, Which,
};
use plotters::prelude::*;
use std::collections::BTreeMap;

/// Lennard-Jones energy (σ = ε = 1) of atoms at `x = [x0, y0, z0, x1, ...]`.
#[differentiable]
fn lj(x: &[f64]) -> f64 {
    let n = x.len() / 3;
    let mut e = 0.0;
    for i in 0..n {
        for j in (i + 1)..n {
            let dx = x[3 * i] - x[3 * j];
            let dy = x[3 * i + 1] - x[3 * j + 1];
            let dz = x[3 * i + 2] - x[3 * j + 2];
            let inv = 1.0 / (dx * dx + dy * dy + dz * dz);
            let inv3 = inv * inv * inv;
            e += 4.0 * (inv3 * inv3 - inv3);
        }
    }
    e
}

/// Two structures closer than this in `cluster_distance` are the same.
const SAME: f64 = 1e-3;

/// The energies of the four LJ7 minima from the literature (Cambridge Cluster
/// Database, to five decimals), to compare with what the search finds.
const KNOWN: [(f64, &str); 4] = [
    (-16.50538, "pentagonal bipyramid"),
    (-15.93504, "capped octahedron"),
    (-15.59321, "tricapped tetrahedron"),
    (-15.53306, "bicapped trigonal bipyramid"),
];

/// A minimum of the landscape.
struct Minimum {
    x: Vec<f64>,
    energy: f64,
    how: &'static str,
}

/// A transition state and the minima on either side.
struct TransitionState {
    energy: f64,
    ends: [usize; 2],
}

/// Six atoms on a flat hexagon of radius `a` around a seventh.
fn hexagon(a: f64) -> Vec<f64> {
    let mut x = vec![0.0; 3];
    for k in 0..6 {
        let t = std::f64::consts::PI / 3.0 * k as f64;
        x.extend([a * t.cos(), a * t.sin(), 0.0]);
    }
    x
}

fn find(minima: &[Minimum], x: &[f64]) -> Option<usize> {
    minima.iter().position(|m| cluster_distance(&m.x, x) < SAME)
}

fn main() {
    let energy = FnObjective::new(21, lj, lj_grad, lj_hvp);
    let obj = Symmetric::new(energy, RigidBody);

    // 1. Start.
    let flat = hexagon(1.12);
    let c = classify(&obj, &flat);
    println!(
        "Start: flat hexagon around a centre atom, E = {:.5}, |∇E| = {:.2}, {} directions of negative curvature",
        c.value, c.grad_norm, c.index
    );
    let start = SaddleSearch::new(c.index).find(&obj, &flat);
    println!(
        "  refined by SaddleSearch::new({}) in {} steps: E = {:.5}, |∇E| = {:.1e}, {:?}\n",
        c.index, start.iterations, start.value, start.grad_norm, start.end
    );

    // 2. Ridge Rider.
    let t0 = std::time::Instant::now();
    let tree = RidgeRider::new(&obj)
        .step_size(0.05)
        .max_depth(6)
        .distance(cluster_distance)
        .dedup_tolerance(SAME)
        .explore(&start.x, |_| {});
    let mut stops: BTreeMap<String, usize> = BTreeMap::new();
    for r in &tree.rides {
        *stops.entry(describe(r.stop).to_string()).or_default() += 1;
    }
    println!(
        "Ridge Rider: {} rides ({}), {} distinct leaves, {} HVPs, {:.2?}",
        tree.rides.len(),
        stops
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", "),
        tree.leaves.len(),
        tree.hvps,
        t0.elapsed()
    );
    let mut minima: Vec<Minimum> = Vec::new();
    for l in &tree.leaves {
        let what = match l.kind {
            LeafKind::Minimum => "minimum",
            LeafKind::DepthLimit => "saddle at the depth limit",
            _ => "other",
        };
        println!(
            "  {what:<26} E = {:+.5}  smallest curvature {:+7.3}  reached by {:>2} paths, first `{}`",
            l.value,
            l.min_eigenvalue,
            l.path_count(),
            l.path
        );
        if l.kind == LeafKind::Minimum {
            minima.push(Minimum {
                x: l.x.clone(),
                energy: l.value,
                how: "Ridge Rider",
            });
        }
    }

    // 3. Transition states around every minimum.
    let t0 = std::time::Instant::now();
    let search = SaddleSearch::new(1);
    let mut states: Vec<(Vec<f64>, TransitionState)> = Vec::new();
    let (mut climbs, mut failed) = (0, 0);
    let mut next = 0;
    while next < minima.len() {
        let here = minima[next].x.clone();
        for mode in eigenpairs(&obj, &here, 6, Which::Smallest) {
            for sign in [1.0, -1.0] {
                let d: Vec<f64> = mode.vector.iter().map(|v| sign * v).collect();
                let s = search.find_along(&obj, &here, &d);
                climbs += 1;
                if !s.converged() {
                    failed += 1;
                    continue;
                }
                if states.iter().any(|(x, _)| cluster_distance(x, &s.x) < SAME) {
                    continue;
                }
                let link = search.connect(&obj, &s.x);
                let mut ends = [0; 2];
                for (end, side) in ends.iter_mut().zip([&link.minus, &link.plus]) {
                    if side.kind != PointKind::Minimum {
                        continue;
                    }
                    *end = find(&minima, &side.x).unwrap_or_else(|| {
                        minima.push(Minimum {
                            x: side.x.clone(),
                            energy: side.value,
                            how: "a transition state",
                        });
                        minima.len() - 1
                    });
                }
                let ts = TransitionState {
                    energy: s.value,
                    ends,
                };
                states.push((s.x, ts));
            }
        }
        next += 1;
    }
    println!(
        "\nTransition states: {climbs} climbs from the minima along their softest modes, {failed} failed, {} distinct index-1 saddles, {:.2?}",
        states.len(),
        t0.elapsed()
    );

    // Sort minima by energy and renumber the saddles' ends.
    let mut order: Vec<usize> = (0..minima.len()).collect();
    order.sort_by(|&a, &b| minima[a].energy.total_cmp(&minima[b].energy));
    let mut rank = vec![0; minima.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let minima: Vec<Minimum> = order
        .iter()
        .map(|&i| Minimum {
            x: minima[i].x.clone(),
            energy: minima[i].energy,
            how: minima[i].how,
        })
        .collect();
    let mut states: Vec<TransitionState> = states
        .into_iter()
        .map(|(_, t)| TransitionState {
            energy: t.energy,
            ends: [rank[t.ends[0]], rank[t.ends[1]]],
        })
        .collect();
    states.sort_by(|a, b| a.energy.total_cmp(&b.energy));

    println!("\nDistinct minima (each once, up to rotation, translation and renumbering of the atoms):\n");
    println!("| # | E | classify | literature | structure | first found by |");
    println!("|---|---:|---|---:|---|---|");
    for (i, m) in minima.iter().enumerate() {
        let kind = classify(&obj, &m.x).kind;
        let known = KNOWN
            .iter()
            .find(|k| (k.0 - m.energy).abs() < 1e-4)
            .map_or(("?".to_string(), "?"), |k| (format!("{:.5}", k.0), k.1));
        println!(
            "| m{i} | {:.6} | {kind:?} | {} | {} | {} |",
            m.energy, known.0, known.1, m.how
        );
    }
    println!("\nIndex-1 saddles (transition states), lowest first:\n");
    println!("| E | joins | barrier from each side |");
    println!("|---:|---|---|");
    for t in &states {
        let (a, b) = (t.ends[0].min(t.ends[1]), t.ends[0].max(t.ends[1]));
        let joins = if a == b {
            format!("m{a} to itself (a rearrangement)")
        } else {
            format!("m{a} – m{b}")
        };
        println!(
            "| {:.5} | {joins} | {:.4}, {:.4} |",
            t.energy,
            t.energy - minima[a].energy,
            t.energy - minima[b].energy
        );
    }

    // Without the symmetry, the zero modes are reported, not hidden.
    let plain = classify(obj.inner(), &minima[0].x);
    let told = Classifier::new()
        .expected_zero_eigenvalues(6)
        .classify(obj.inner(), &minima[0].x);
    println!(
        "\nWithout RigidBody, classify calls the global minimum {:?} ({} zero eigenvalues); with expected_zero_eigenvalues(6), {:?}.",
        plain.kind, plain.zero_eigenvalues, told.kind
    );

    // 5. Descent from random starts.
    let starts = random_clusters(200, 7);
    println!(
        "\nFrom {} random compact starts (atoms in a ball, none closer than 0.85):\n",
        starts.len()
    );
    println!("| minimum | E | gradient descent | Adam |");
    println!("|---|---:|---:|---:|");
    let gd: Vec<Option<usize>> = starts
        .iter()
        .map(|s| settle(&minima, &obj, gradient_descent(&obj, s)))
        .collect();
    let adam: Vec<Option<usize>> = starts
        .iter()
        .map(|s| settle(&minima, &obj, adam_descent(&obj, s)))
        .collect();
    for (i, m) in minima.iter().enumerate() {
        let count = |v: &[Option<usize>]| v.iter().filter(|&&e| e == Some(i)).count();
        println!(
            "| m{i} | {:.5} | {} | {} |",
            m.energy,
            count(&gd),
            count(&adam)
        );
    }
    let none = |v: &[Option<usize>]| v.iter().filter(|e| e.is_none()).count();
    println!("| not converged | | {} | {} |", none(&gd), none(&adam));

    let all_known = KNOWN.iter().all(|k| {
        minima
            .iter()
            .filter(|m| (m.energy - k.0).abs() < 1e-4)
            .count()
            == 1
    });
    println!(
        "\n{} distinct minima; the four known LJ7 minima each found exactly once: {all_known}",
        minima.len()
    );

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("lj7_disconnectivity.svg");
    match draw(&minima, &states, &path) {
        Ok(()) => println!("Disconnectivity graph drawn to {}", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
}

fn describe(stop: RideStop) -> &'static str {
    match stop {
        RideStop::CurvatureNonNegative => "curvature turned non-negative",
        RideStop::LossIncreased => "energy stopped decreasing",
        RideStop::LostTrack => "ridge lost",
        RideStop::Degenerate => "degenerate",
        _ => "limit",
    }
}

/// Random compact clusters: atoms uniform in a ball of radius 1.2, no two closer
/// than 0.85 (a small xorshift generator, so the example needs no dependency).
fn random_clusters(count: usize, atoms: usize) -> Vec<Vec<f64>> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut uniform = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        2.0 * ((state >> 11) as f64 / (1u64 << 53) as f64) - 1.0
    };
    (0..count)
        .map(|_| {
            let mut x: Vec<f64> = Vec::with_capacity(3 * atoms);
            while x.len() < 3 * atoms {
                let p = [1.2 * uniform(), 1.2 * uniform(), 1.2 * uniform()];
                let inside = p.iter().map(|c| c * c).sum::<f64>() <= 1.44;
                let apart = x
                    .chunks(3)
                    .all(|q| (0..3).map(|k| (q[k] - p[k]).powi(2)).sum::<f64>() >= 0.85 * 0.85);
                if inside && apart {
                    x.extend(p);
                }
            }
            x
        })
        .collect()
}

/// Gradient descent with a fixed step.
fn gradient_descent(obj: &impl Objective, start: &[f64]) -> Vec<f64> {
    let mut x = start.to_vec();
    let mut g = vec![0.0; x.len()];
    for _ in 0..4000 {
        obj.grad(&x, &mut g);
        for (xi, gi) in x.iter_mut().zip(&g) {
            *xi -= 0.004 * gi;
        }
    }
    x
}

/// Adam with torch's defaults and learning rate 0.005.
fn adam_descent(obj: &impl Objective, start: &[f64]) -> Vec<f64> {
    let mut x = start.to_vec();
    let mut g = vec![0.0; x.len()];
    let mut adam = Adam::new(0.005);
    for _ in 0..4000 {
        obj.grad(&x, &mut g);
        adam.step(&mut x, &g);
    }
    x
}

/// Which minimum `x` settled in, if it is (nearly) stationary there.
fn settle(minima: &[Minimum], obj: &impl Objective, x: Vec<f64>) -> Option<usize> {
    let mut g = vec![0.0; x.len()];
    obj.grad(&x, &mut g);
    let gnorm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
    if gnorm > 1e-3 {
        return None;
    }
    minima
        .iter()
        .position(|m| cluster_distance(&m.x, &x) < 1e-2)
}

/// A node of the disconnectivity tree: a minimum, or the lowest saddle joining two
/// groups of minima.
enum Node {
    Leaf(usize),
    Join { energy: f64, children: [usize; 2] },
}

/// Joins the groups of minima in the order of the saddles' energies (Kruskal's
/// algorithm with union-find): the disconnectivity tree, root last.
fn disconnectivity(minima: &[Minimum], states: &[TransitionState]) -> Vec<Node> {
    let mut nodes: Vec<Node> = (0..minima.len()).map(Node::Leaf).collect();
    let mut group: Vec<usize> = (0..minima.len()).collect();
    let mut top: Vec<usize> = (0..minima.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for t in states {
        let (a, b) = (root(&mut group, t.ends[0]), root(&mut group, t.ends[1]));
        if a == b {
            continue;
        }
        nodes.push(Node::Join {
            energy: t.energy,
            children: [top[a], top[b]],
        });
        group[b] = a;
        top[a] = nodes.len() - 1;
    }
    nodes
}

fn draw(
    minima: &[Minimum],
    states: &[TransitionState],
    path: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let nodes = disconnectivity(minima, states);
    // Leaves left to right in the order a depth-first walk from the root meets them.
    let energy = |n: &Node| match n {
        Node::Leaf(i) => minima[*i].energy,
        Node::Join { energy, .. } => *energy,
    };
    let mut xpos = vec![0.0; nodes.len()];
    let mut parent = vec![None; nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        if let Node::Join { children, .. } = n {
            for &c in children {
                parent[c] = Some(i);
            }
        }
    }
    let roots: Vec<usize> = (0..nodes.len()).filter(|&i| parent[i].is_none()).collect();
    let mut column = 0.0;
    fn place(nodes: &[Node], i: usize, column: &mut f64, xpos: &mut [f64]) {
        match &nodes[i] {
            Node::Leaf(_) => {
                *column += 1.0;
                xpos[i] = *column;
            }
            Node::Join { children, .. } => {
                place(nodes, children[0], column, xpos);
                place(nodes, children[1], column, xpos);
                xpos[i] = 0.5 * (xpos[children[0]] + xpos[children[1]]);
            }
        }
    }
    for &r in &roots {
        place(&nodes, r, &mut column, &mut xpos);
    }
    let lowest = minima
        .iter()
        .map(|m| m.energy)
        .fold(f64::INFINITY, f64::min);
    let highest = nodes.iter().map(&energy).fold(f64::NEG_INFINITY, f64::max);
    let ceiling = highest + 0.25;

    let root = SVGBackend::new(path, (760, 620)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "LJ7: disconnectivity graph (minima and the saddles joining them)",
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(10)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..column + 1.0, (lowest - 0.15)..(ceiling + 0.05))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .disable_x_axis()
        .y_desc("energy (ε)")
        .draw()?;
    let line = BLACK.stroke_width(2);
    for (i, n) in nodes.iter().enumerate() {
        let top = parent[i].map_or(ceiling, |p| energy(&nodes[p]));
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(xpos[i], energy(n)), (xpos[i], top)],
            line,
        )))?;
        if let Node::Join {
            energy: e,
            children,
        } = n
        {
            chart.draw_series(std::iter::once(PathElement::new(
                vec![(xpos[children[0]], *e), (xpos[children[1]], *e)],
                line,
            )))?;
            chart.draw_series(std::iter::once(Circle::new(
                (xpos[i], *e),
                4,
                RGBColor(214, 39, 40).filled(),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("TS {e:.3}"),
                (xpos[i] + 0.06, *e + 0.03),
                ("sans-serif", 13).into_font(),
            )))?;
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        if let Node::Leaf(m) = n {
            let e = minima[*m].energy;
            chart.draw_series(std::iter::once(Circle::new(
                (xpos[i], e),
                6,
                RGBColor(31, 119, 180).filled(),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                format!("m{m} {e:.3}"),
                (xpos[i] - 0.25, e - 0.07),
                ("sans-serif", 14).into_font(),
            )))?;
        }
    }
    root.present()?;
    Ok(())
}
