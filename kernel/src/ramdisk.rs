//! The ramdisk: a standard `ar` archive of `.beam` files, written by `beamos image` and loaded
//! into memory by the bootloader. Read with goblin's `ar` parser.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use goblin::archive::Archive;

/// One file of the ramdisk.
pub struct Member<'a> {
    pub name: String,
    pub data: &'a [u8],
}

/// Why the ramdisk could not be read as a whole.
pub struct RamdiskError(String);

impl core::fmt::Display for RamdiskError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The members of the archive in the order they were packed (special members such as the GNU
/// long-name table are not listed).
pub fn members(archive: &[u8]) -> Result<Vec<Member<'_>>, RamdiskError> {
    let parsed = Archive::parse(archive).map_err(|e| RamdiskError(e.to_string()))?;
    let mut members = Vec::with_capacity(parsed.len());
    for index in 0..parsed.len() {
        let Some(member) = parsed.get_at(index) else {
            break;
        };
        let data = usize::try_from(member.offset)
            .ok()
            .and_then(|start| Some(start..start.checked_add(member.size())?))
            .and_then(|range| archive.get(range))
            .ok_or_else(|| {
                RamdiskError(alloc::format!(
                    "member {} runs past the end of the archive",
                    member.extended_name()
                ))
            })?;
        members.push(Member {
            name: member.extended_name().to_string(),
            data,
        });
    }
    Ok(members)
}
