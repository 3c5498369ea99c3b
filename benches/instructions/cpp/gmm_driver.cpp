// GradBench's manual gmm: <primal|gradient> d k n reps (gamma = 1, m = 0)
#define main gradbench_main
#include "gmm.cpp"
#undef main
#include "driver.hpp"

int main(int argc, char** argv) {
  Args       a = parse_args(argc, argv, 3);
  Rng        rng;
  gmm::Input in;
  in.d          = (int)a.sizes[0];
  in.k          = (int)a.sizes[1];
  in.n          = (int)a.sizes[2];
  size_t d = in.d, k = in.k, n = in.n, l_sz = d * (d - 1) / 2;
  for (size_t i = 0; i < k; i++) in.alpha.push_back(rng.signed_unit());
  for (size_t i = 0; i < k * d; i++) in.mu.push_back(rng.unit());
  for (size_t i = 0; i < k * d; i++) in.q.push_back(rng.signed_unit());
  for (size_t i = 0; i < k * l_sz; i++) in.l.push_back(rng.signed_unit());
  for (size_t i = 0; i < n * d; i++) in.x.push_back(rng.signed_unit());
  in.wishart.gamma = 1.0;
  in.wishart.m     = 0;
  if (a.mode == "primal") {
    gmm::Objective f(in);
    run_primal(f, a.reps);
  } else {
    Jacobian       f(in);
    gmm::JacOutput out;
    run_gradient(
        f, out, a.reps,
        [](auto& o) { return vsum(o.alpha) + vsum(o.mu) + vsum(o.q) + vsum(o.l); },
        [](auto& o) { return o.alpha[0]; });
  }
}
