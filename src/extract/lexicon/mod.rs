//! Shared pieces of news language used by several extractors.

pub mod countries;
pub mod currency;
pub mod dates;
pub mod months;
pub mod numbers;
