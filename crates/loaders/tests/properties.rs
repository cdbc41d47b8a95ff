//! Properties of the text decoders on any bytes: they decode or refuse
//! without panicking, UTF-8 text decodes to itself, and a file read in
//! slices (or stored text read back in parts) decodes as it does whole.

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_decode_or_are_refused_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        match minions_loaders::text::decode(&bytes) {
            Ok((text, _)) => prop_assert!(!bytes.is_empty() && (text.len() <= bytes.len() * 3 + 3)),
            Err(_) => prop_assert!(bytes.is_empty() || bytes.contains(&0)),
        }
    }

    #[test]
    fn utf8_text_decodes_to_itself(text in "[^\u{0}\u{feff}]{1,200}") {
        prop_assert_eq!(minions_loaders::text::decode(text.as_bytes()).map(|(t, _)| t), Ok(text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn a_file_read_in_slices_decodes_as_it_does_whole(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..200),
            "[a-zé€日本\u{1F600} ]{0,60}".prop_map(|s| s.into_bytes()),
            "[a-zé€日本\u{1F600} ]{0,40}".prop_map(|s| [0xEF, 0xBB, 0xBF].into_iter().chain(s.into_bytes()).collect()),
            "[a-zé€日本\u{1F600} ]{0,40}".prop_map(|s| [0xFF, 0xFE].into_iter().chain(s.encode_utf16().flat_map(u16::to_le_bytes)).collect()),
            "[a-zé€日本\u{1F600} ]{0,40}".prop_map(|s| [0xFE, 0xFF].into_iter().chain(s.encode_utf16().flat_map(u16::to_be_bytes)).collect()),
        ],
        cuts in prop::collection::vec(0usize..200, 0..6),
    ) {
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(bytes.len())).collect();
        cuts.push(bytes.len());
        cuts.sort_unstable();
        let mut decoder = minions_loaders::text::StreamDecoder::new(bytes.len());
        let mut from = 0;
        let mut fed = Ok(());
        for cut in cuts {
            if fed.is_ok() {
                fed = decoder.feed(&bytes[from..cut]);
            }
            from = cut;
        }
        let sliced = fed.and_then(|()| decoder.finish());
        prop_assert_eq!(sliced, minions_loaders::text::decode(&bytes));
    }
}

proptest! {
    #[test]
    fn stored_text_read_back_in_parts_is_the_text(text in any::<String>(), size in 1usize..16) {
        let mut decoder = minions_loaders::text::StreamDecoder::stored_utf8(text.len());
        for part in text.as_bytes().chunks(size) {
            prop_assert!(decoder.feed(part).is_ok());
        }
        let back = decoder.finish().map(|(t, _)| t);
        prop_assert_eq!(back, Ok(text.clone()));
    }
}
