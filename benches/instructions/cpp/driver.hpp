// Shared by the drivers: the xorshift stream of the Rust side (instructions/main.rs),
// argument parsing, and the measured loops. A driver includes one of GradBench's
// manual tools (its `main` renamed) and calls its primal and gradient classes directly,
// without JSON.
//
// Usage: <driver> <primal|gradient> <sizes...> <reps>

#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  // Uniform in [0, 1).
  double unit() { return (double)(next() >> 11) * (1.0 / (double)(1ull << 53)); }
  // Uniform in [-1, 1).
  double signed_unit() { return 2.0 * unit() - 1.0; }
};

// Keeps the compiler from hoisting work out of the measured loop.
inline void clobber() { asm volatile("" ::: "memory"); }

struct Args {
  std::string         mode;
  std::vector<size_t> sizes;
  long                reps;
};

inline Args parse_args(int argc, char** argv, int n_sizes) {
  if (argc != 3 + n_sizes) {
    std::fprintf(stderr, "usage: %s <primal|gradient> <%d sizes> <reps>\n",
                 argv[0], n_sizes);
    std::exit(2);
  }
  Args a;
  a.mode = argv[1];
  for (int i = 0; i < n_sizes; i++) a.sizes.push_back(std::strtoul(argv[2 + i], 0, 10));
  a.reps = std::strtol(argv[2 + n_sizes], 0, 10);
  if (a.mode != "primal" && a.mode != "gradient") {
    std::fprintf(stderr, "unknown mode %s\n", a.mode.c_str());
    std::exit(2);
  }
  return a;
}

// One evaluation printed as `value`, then `reps` measured ones.
template <class F>
void run_primal(F& f, long reps) {
  double v = 0;
  f.compute(v);
  std::printf("value %.17e\n", v);
  double acc = 0;
  for (long r = 0; r < reps; r++) {
    clobber();
    f.compute(v);
    acc += v;
  }
  std::printf("checksum %.17e\n", acc);
}

// `gsum(out)` is the sum of the gradient's entries, printed as `gsum`; `first(out)`
// one entry, fed into the checksum.
template <class F, class Out, class Sum, class First>
void run_gradient(F& f, Out& out, long reps, Sum gsum, First first) {
  f.compute(out);
  std::printf("gsum %.17e\n", gsum(out));
  double acc = 0;
  for (long r = 0; r < reps; r++) {
    clobber();
    f.compute(out);
    acc += first(out);
  }
  std::printf("checksum %.17e\n", acc);
}

inline double vsum(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}
