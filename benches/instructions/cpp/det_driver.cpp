// GradBench's manual det: <primal|gradient> ell reps
#define main gradbench_main
#include "det.cpp"
#undef main
#include "driver.hpp"

int main(int argc, char** argv) {
  Args       a = parse_args(argc, argv, 1);
  Rng        rng;
  det::Input in;
  in.ell = a.sizes[0];
  for (size_t i = 0; i < in.ell * in.ell; i++) in.A.push_back(rng.unit());
  if (a.mode == "primal") {
    det::Primal f(in);
    run_primal(f, a.reps);
  } else {
    Gradient            f(in);
    std::vector<double> out;
    run_gradient(f, out, a.reps, vsum, [](auto& o) { return o[0]; });
  }
}
