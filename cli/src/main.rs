//! The `beamos` host command. Each subcommand lives in its own module; this file only dispatches.

use std::process::ExitCode;

mod bench;
mod disasm;
mod image;
mod platform;
mod qemu;
mod run;

const USAGE: &str = "usage: beamos COMMAND [ARGS...]
commands:
  run     run MODULE:FUNCTION on the host VM (beamos run [-pa DIR]... [--print-result] [--gc-stress] [+P MAXPROCS] MODULE [FUNCTION [ARG...]])
  disasm  print a module's code (--format erlang: as OTP's beam_disasm; --bench-load: loader speed)
  bench   time the beam-fixtures/bench programs on BeamOS and erl (beamos bench --help)
  image   pack .beam files into a ramdisk and write BIOS and UEFI boot images
  qemu    boot an image in QEMU with the serial console on stdout";

fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect();
    let Ok(args) = args else {
        eprintln!("beamos: arguments must be UTF-8");
        return ExitCode::from(2);
    };
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("", &[][..]),
    };
    match command {
        "run" => ExitCode::from(run::main(rest).clamp(0, 255) as u8),
        "bench" => bench::main(rest),
        "disasm" => disasm::main(rest),
        "image" => image::main(rest),
        "qemu" => qemu::main(rest),
        _ => {
            if !command.is_empty() && command != "-h" && command != "--help" {
                eprintln!("beamos: unknown command {command}");
            }
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
