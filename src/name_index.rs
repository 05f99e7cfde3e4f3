//! A set of names with a number each (an id and where it was first seen): a sorted list,
//! searched by halves. The validator and the matcher look names up in it instead of in
//! `std::collections::HashMap`, whose hashing and table code cost the wasm more than the few
//! hundred names of a document need.

/// Names and their numbers, sorted by name; the first number given for a name is kept.
#[derive(Debug, Clone, Default)]
pub struct NameIndex<'a> {
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> NameIndex<'a> {
    /// Where `name` is, or would be inserted.
    fn find(&self, name: &str) -> Result<usize, usize> {
        self.sorted.binary_search_by(|(k, _)| (*k).cmp(name))
    }

    /// The number given for `name`, if it is in the set.
    pub fn get(&self, name: &str) -> Option<usize> {
        self.find(name).ok().map(|at| self.sorted[at].1)
    }

    /// Whether `name` is in the set.
    pub fn contains(&self, name: &str) -> bool {
        self.find(name).is_ok()
    }

    /// Adds `name` with `number`; if the name is already there, keeps it and returns its number.
    pub fn insert(&mut self, name: &'a str, number: usize) -> Option<usize> {
        match self.find(name) {
            Ok(at) => Some(self.sorted[at].1),
            Err(at) => {
                self.sorted.insert(at, (name, number));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_number_of_each_name() {
        let mut index = NameIndex::default();
        assert_eq!(index.insert("quad", 0), None);
        assert_eq!(index.insert("aukus", 1), None);
        assert_eq!(index.insert("quad", 2), Some(0));
        assert_eq!(index.insert("quad", 3), Some(0));
        assert_eq!(index.get("quad"), Some(0));
        assert_eq!(index.get("aukus"), Some(1));
        assert_eq!(index.get("nato"), None);
        assert!(index.contains("aukus") && !index.contains("Quad") && !index.contains(""));
    }

    #[test]
    fn finds_every_name_of_a_large_set() {
        let names: Vec<String> = (0..2000).map(|i| format!("id-{}", (i * 7919) % 2000)).collect();
        let mut index = NameIndex::default();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.insert(name, i), None);
        }
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.get(name), Some(i));
        }
        assert!(!index.contains("id-2000"));
    }
}
