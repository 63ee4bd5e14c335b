//! Output files that appear whole or not at all.
//!
//! A regular file (or a path that does not exist yet) is written to a temporary file
//! in the same directory (`.NAME.XXXXXX.partial`), synced, then renamed over the
//! target: a reader never sees half a file, and a run that dies (error, Ctrl-C, kill)
//! leaves at most a `.partial` file that no one takes for the real output (and whose
//! complete lines `extract --resume` takes over). A target
//! that exists and is not a regular file (`/dev/stdout`, `/dev/full`, a FIFO) is
//! written in place: renaming over a device would replace it.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Where bytes go.
pub enum Sink {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file renamed to `target` by [`Sink::finish`].
    Atomic {
        /// The temporary file.
        file: BufWriter<NamedTempFile>,
        /// The final path.
        target: PathBuf,
    },
    /// A device or FIFO, written in place.
    Direct(BufWriter<File>),
}

impl Sink {
    /// Standard output.
    pub fn stdout() -> Sink {
        Sink::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))
    }

    /// A file at `target`, atomic when it is (or will be) a regular file.
    pub fn create(target: &Path) -> io::Result<Sink> {
        match std::fs::metadata(target) {
            Ok(m) if !m.is_file() => {
                let f = std::fs::OpenOptions::new().write(true).open(target)?;
                return Ok(Sink::Direct(BufWriter::with_capacity(1 << 16, f)));
            }
            _ => {}
        }
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".partial");
        // A new file gets the usual mode (0666 less the umask), not the temporary
        // file's private 0600; a replaced file keeps its own.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(target)
                .map(|m| m.permissions().mode() & 0o7777)
                .unwrap_or(0o666);
            builder.permissions(std::fs::Permissions::from_mode(mode));
        }
        let tmp = builder.tempfile_in(dir)?;
        Ok(Sink::Atomic {
            file: BufWriter::with_capacity(1 << 16, tmp),
            target: target.to_path_buf(),
        })
    }

    /// Flush, sync and (for a file) rename into place. Dropping a sink without
    /// finishing it deletes its temporary file.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::Direct(mut w) => {
                w.flush()?;
                // Devices like /dev/full may accept the write and fail only here.
                w.get_ref().sync_all().or_else(|e| {
                    if e.kind() == io::ErrorKind::InvalidInput {
                        Ok(())
                    } else {
                        Err(e)
                    }
                })
            }
            Sink::Atomic { file, target } => {
                let tmp = file.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(&target).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Atomic { file, .. } => file.write(buf),
            Sink::Direct(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Atomic { file, .. } => file.write_all(buf),
            Sink::Direct(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Atomic { file, .. } => file.flush(),
            Sink::Direct(w) => w.flush(),
        }
    }
}
