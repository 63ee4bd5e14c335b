//! `duration` facts. Rules: not yet written.

use crate::extract::fact::Fact;
use crate::extract::Context;

/// Append the `duration` facts found in `ctx`.
pub fn extract(_ctx: &Context<'_>, _out: &mut Vec<Fact>) {}
