// GradBench's manual lse: <primal|gradient> n reps
#define main gradbench_main
#include "lse.cpp"
#undef main
#include "driver.hpp"

int main(int argc, char** argv) {
  Args       a = parse_args(argc, argv, 1);
  Rng        rng;
  lse::Input in;
  for (size_t i = 0; i < a.sizes[0]; i++) in.x.push_back(2.0 * rng.signed_unit());
  if (a.mode == "primal") {
    lse::Primal f(in);
    run_primal(f, a.reps);
  } else {
    Gradient            f(in);
    std::vector<double> out;
    run_gradient(f, out, a.reps, vsum, [](auto& o) { return o[0]; });
  }
}
