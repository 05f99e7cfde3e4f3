//! Unknown fields refused in the browser too: a deserializer adapter that reads every struct
//! from the object's own entries.
//!
//! `#[serde(deny_unknown_fields)]` works by looking at every key the deserializer offers.
//! `serde_json` offers the object's keys; `serde-wasm-bindgen` reads a struct by looking up only
//! the fields the struct declares, so a misspelt field is never offered and never refused
//! (serde-wasm-bindgen issue #39, closed as a limitation). [`Strict`] wraps any deserializer
//! and reads a struct as a map, which both answer with the object's own entries, and arrays
//! with `deserialize_any` (serde-wasm-bindgen's `deserialize_seq` iterates anything iterable,
//! so a string where a list belongs failed with a bare JavaScript `TypeError`). It wraps every
//! value that can hold others (options, arrays, maps, structs) the same way; strings, numbers
//! and enums (the format's are plain strings) are passed on as they are, which keeps the
//! adapter's code small: it costs the wasm 6.8 KB gzip (160,510 -> 167,302 bytes, measured with
//! the release build and wasm-opt as trunk runs them).
//!
//! One difference remains: where an object belongs, an array is read as a list of entries by
//! serde-wasm-bindgen, so the browser reports its first missing field
//! (`article.figure.caption: missing`) where `lens check` says `article.figure: expected a JSON
//! object, found an array`. Both refuse the document at that place.
//!
//! The reading of a document goes through it natively and in the browser alike, so the native
//! tests (the bad-document catalogue among them) cover it.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// A deserializer whose structs, at any depth, are read from their objects' own entries.
pub struct Strict<D>(pub D);

/// A visitor that hands on what it visits, with any nested deserializer wrapped in [`Strict`].
struct StrictVisitor<V>(V);

/// Sequence elements, each read through [`Strict`].
struct StrictSeq<A>(A);

/// Map values, each read through [`Strict`] (keys are plain identifiers).
struct StrictMap<A>(A);

/// A seed that reads its value through [`Strict`].
struct StrictSeed<S>(S);

/// `deserialize_*` methods for values with nothing nested in them: passed on as they are.
macro_rules! pass_on {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    pass_on!(
        deserialize_bool, deserialize_i8, deserialize_i16, deserialize_i32, deserialize_i64, deserialize_u8,
        deserialize_u16, deserialize_u32, deserialize_u64, deserialize_f32, deserialize_f64, deserialize_char,
        deserialize_str, deserialize_string, deserialize_bytes, deserialize_byte_buf, deserialize_unit,
        deserialize_identifier, deserialize_ignored_any,
    );

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(StrictVisitor(visitor))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_option(StrictVisitor(visitor))
    }

    /// An array's elements; anything else is refused by the visitor as "expected an array"
    /// (serde-wasm-bindgen's own `deserialize_seq` iterates whatever is iterable, so a string
    /// where a list belongs failed with a bare JavaScript `TypeError`).
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(StrictVisitor(visitor))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(StrictVisitor(visitor))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, StrictVisitor(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, StrictVisitor(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, StrictVisitor(visitor))
    }

    /// The point of the adapter: the object's own entries, not the declared fields.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(StrictVisitor(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for StrictVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.0.visit_bool(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.0.visit_i64(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.0.visit_u64(v)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.0.visit_f64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.0.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.0.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.0.visit_string(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
        self.0.visit_bytes(v)
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
        self.0.visit_byte_buf(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Strict(deserializer))
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Strict(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(StrictSeq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(StrictMap(map))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for StrictSeq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StrictMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for StrictSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(deserializer))
    }
}

#[cfg(test)]
mod tests {
    use serde::de::value::{Error, MapDeserializer, StrDeserializer};
    use serde::de::IntoDeserializer;
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        text: String,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        inner: Inner,
    }

    /// A deserializer that, like serde-wasm-bindgen, answers `deserialize_struct` by looking up
    /// only the declared fields (and `deserialize_any` with all of the object's entries).
    struct LooksUpFields(Vec<(&'static str, Value)>);

    #[derive(Clone)]
    enum Value {
        Text(&'static str),
        Object(Vec<(&'static str, Value)>),
    }

    impl<'de> IntoDeserializer<'de, Error> for Value {
        type Deserializer = LooksUpFieldsOr;
        fn into_deserializer(self) -> LooksUpFieldsOr {
            LooksUpFieldsOr(self)
        }
    }

    struct LooksUpFieldsOr(Value);

    impl<'de> Deserializer<'de> for LooksUpFieldsOr {
        type Error = Error;
        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match self.0 {
                Value::Text(t) => StrDeserializer::<Error>::new(t).deserialize_any(visitor),
                Value::Object(entries) => LooksUpFields(entries).deserialize_any(visitor),
            }
        }
        fn deserialize_struct<V: Visitor<'de>>(self, n: &'static str, f: &'static [&'static str], v: V) -> Result<V::Value, Error> {
            match self.0 {
                Value::Object(entries) => LooksUpFields(entries).deserialize_struct(n, f, v),
                other => LooksUpFieldsOr(other).deserialize_any(v),
            }
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    impl<'de> Deserializer<'de> for LooksUpFields {
        type Error = Error;
        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            visitor.visit_map(MapDeserializer::new(self.0.into_iter()))
        }
        fn deserialize_struct<V: Visitor<'de>>(self, _: &'static str, fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
            let declared = self.0.into_iter().filter(|(k, _)| fields.contains(k));
            visitor.visit_map(MapDeserializer::new(declared))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }

    fn doc(inner_key: &'static str) -> LooksUpFields {
        LooksUpFields(vec![("inner", Value::Object(vec![("text", Value::Text("a")), (inner_key, Value::Text("b"))]))])
    }

    #[test]
    fn a_field_lookup_deserializer_misses_unknown_fields_and_strict_refuses_them() {
        // Without the adapter, the misspelt nested field goes unnoticed (the browser's case).
        assert_eq!(Outer::deserialize(doc("colour")), Ok(Outer { inner: Inner { text: "a".into() } }));
        let error = Outer::deserialize(Strict(doc("colour"))).expect_err("refused");
        assert_eq!(error.to_string(), "unknown field `colour`, expected `text`");
        // A document with only known fields reads the same either way.
        let known = LooksUpFields(vec![("inner", Value::Object(vec![("text", Value::Text("a"))]))]);
        assert_eq!(Outer::deserialize(Strict(known)), Ok(Outer { inner: Inner { text: "a".into() } }));
    }
}
