// GradBench's manual llsq: <primal|gradient> m n reps
#define main gradbench_main
#include "llsq.cpp"
#undef main
#include "driver.hpp"

int main(int argc, char** argv) {
  Args        a = parse_args(argc, argv, 2);
  Rng         rng;
  llsq::Input in;
  for (size_t j = 0; j < a.sizes[0]; j++) in.x.push_back(rng.unit());
  in.n = a.sizes[1];
  if (a.mode == "primal") {
    llsq::Primal f(in);
    run_primal(f, a.reps);
  } else {
    Gradient            f(in);
    std::vector<double> out;
    run_gradient(f, out, a.reps, vsum, [](auto& o) { return o[0]; });
  }
}
