//! The `blotter` command: a thin layer over the library (see `cli`).

mod cli;

/// jemalloc rather than the system allocator: extraction allocates and frees many
/// small strings and vectors per sentence, and on the bulk press releases glibc's
/// malloc and free took ~8% of the instructions and more of the time (jemalloc:
/// 0.91x the CPU time at `--jobs 1`, 0.85x the wall time at `--jobs 2`). Its
/// settings (`.cargo/config.toml`) return freed pages within 0.3 s so that peak
/// memory stays near glibc's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
