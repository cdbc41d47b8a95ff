"""Re-quantizes a Q4_1 GGUF model into another quantization type.

    python scripts/requantize.py IN.gguf OUT.gguf q8_0|q4_0|f16

(`scripts/requantize.sh IN OUT TYPE` runs it in its own venv.) The point is
benchmarking: llama.cpp's WebAssembly SIMD kernels have dot products for
Q4_0 and Q8_0 but not for Q4_1, so the same model in each type shows what
the kernels are worth.

What it does, with llama.cpp's own `gguf` Python library:
- every metadata key/value is copied exactly, in order, except
  `general.file_type`, which is set to the LlamaFileType of TYPE (the
  reader's `GGUF.*` virtual fields are not metadata and are not written);
- every tensor keeps its name, shape and place; only the Q4_1 ones are
  converted (dequantized to f32, then quantized to TYPE), and only when their
  rows are a whole number of TYPE's blocks. Everything else (F32 norms, an
  already Q8_0 token embedding, ...) is copied byte for byte.

Going from Q4_1 to another type cannot bring back what Q4_1 lost: Q8_0 and
F16 hold the Q4_1 weights (almost) exactly, Q4_0 loses a little more.
"""
import argparse
import sys

import numpy as np

import gguf
from gguf import GGMLQuantizationType as Q
from gguf import LlamaFileType as F

# TYPE argument -> (tensor type, general.file_type)
TARGETS = {
    "q8_0": (Q.Q8_0, F.MOSTLY_Q8_0),
    "q4_0": (Q.Q4_0, F.MOSTLY_Q4_0),
    "f16": (Q.F16, F.MOSTLY_F16),
}
SOURCE = Q.Q4_1


def copy_metadata(reader: gguf.GGUFReader, writer: gguf.GGUFWriter, file_type: int) -> None:
    """Copies every key/value, as gguf-py's gguf_new_metadata.py does."""
    for field in reader.fields.values():
        # GGUF.* are the reader's virtual fields (version, counts); the writer
        # already wrote general.architecture first, as the input has it.
        if field.name.startswith("GGUF.") or field.name == gguf.Keys.General.ARCHITECTURE:
            continue
        val_type = field.types[0]
        sub_type = field.types[-1] if val_type == gguf.GGUFValueType.ARRAY else None
        value = field.contents()
        if field.name == gguf.Keys.General.FILE_TYPE:
            value = int(file_type)
        writer.add_key_value(field.name, value, val_type, sub_type=sub_type)


def convert(tensor, qtype: Q):
    """The tensor's data for the output and its type: converted if it is Q4_1
    with rows that split into whole blocks of `qtype`, else as it was."""
    if tensor.tensor_type != SOURCE:
        return tensor.data, tensor.tensor_type
    n_per_row = int(tensor.shape[0])  # the reader's shape is ggml's: innermost first
    block_size, _ = gguf.GGML_QUANT_SIZES[qtype]
    if n_per_row % block_size != 0:
        return tensor.data, tensor.tensor_type
    # dequantize takes the reader's raw bytes (rows, bytes per row) and gives
    # f32 (rows, n_per_row); quantize gives the bytes (or f16 values) in the
    # layout GGUFWriter expects together with raw_dtype.
    weights = gguf.quants.dequantize(tensor.data, SOURCE)
    return gguf.quants.quantize(weights, qtype), qtype


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="the Q4_1 GGUF model")
    parser.add_argument("output", help="the GGUF model to write")
    parser.add_argument("type", choices=sorted(TARGETS), help="the new quantization type")
    args = parser.parse_args()
    qtype, file_type = TARGETS[args.type]

    reader = gguf.GGUFReader(args.input, "r")
    if reader.endianess != gguf.GGUFEndian.LITTLE:
        sys.exit(f"{args.input}: only little-endian GGUF files are supported")
    arch = reader.get_field(gguf.Keys.General.ARCHITECTURE).contents()

    writer = gguf.GGUFWriter(args.output, arch=arch, endianess=reader.endianess)
    writer.data_alignment = reader.alignment  # general.alignment, if the input sets one
    copy_metadata(reader, writer, file_type)

    counts: dict[str, int] = {}
    for tensor in reader.tensors:
        data, dtype = convert(tensor, qtype)
        key = f"{tensor.tensor_type.name}->{dtype.name}"
        counts[key] = counts.get(key, 0) + 1
        # raw_dtype with a uint8 array: the writer turns the byte shape back
        # into the element shape; with f32/f16 arrays the shape is used as is.
        writer.add_tensor(tensor.name, np.ascontiguousarray(data), raw_dtype=dtype)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"{args.output}: {len(reader.tensors)} tensors ({summary})", file=sys.stderr)


if __name__ == "__main__":
    main()
