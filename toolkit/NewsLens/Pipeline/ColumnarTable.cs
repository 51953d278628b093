using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace NewsLens.Pipeline;

public enum ColumnKind
{
    Text,
    Integer,
    Real,
}

public sealed record TableColumn(string Name, ColumnKind Kind);

/// <summary>A result table's name (its file stem) and columns, written as NAME.csv and NAME.parquet.</summary>
public sealed record TableSchema(string Name, ImmutableArray<TableColumn> Columns)
{
    public static TableSchema Of(string name, params (string Name, ColumnKind Kind)[] columns) =>
        new(name, [.. columns.Select(c => new TableColumn(c.Name, c.Kind))]);
}

/// <summary>One cell of a row, without boxing.</summary>
public readonly record struct Cell(ColumnKind Kind, string? Text, long Integer, double Real)
{
    public static implicit operator Cell(string text) => new(ColumnKind.Text, text, 0, 0);

    public static implicit operator Cell(long value) => new(ColumnKind.Integer, null, value, 0);

    public static implicit operator Cell(int value) => new(ColumnKind.Integer, null, value, 0);

    public static implicit operator Cell(double value) => new(ColumnKind.Real, null, 0, value);

    /// <summary>A cell read back from CSV, typed by its column.</summary>
    public static Cell Parse(string text, ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
        ColumnKind.Real => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => text,
    };
}

/// <summary>
/// Writes one table as CSV (RFC 4180, UTF-8 without BOM, "\n" line ends; deterministic bytes) and as Parquet (row groups
/// of <see cref="RowGroupSize"/> rows, so memory holds one row group, not the table).
/// </summary>
public sealed class TableWriter : IDisposable
{
    public const int RowGroupSize = 100_000;

    private readonly TableSchema _schema;
    private readonly StreamWriter _csv;
    private readonly FileStream _parquetStream;
    private readonly ParquetWriter _parquet;
    private readonly DataField[] _fields;

    // One row group's values per column, allocated once and reused: a new array per column and row group (each on the
    // large object heap) set off full collections while a big corpus is written.
    private readonly ReadOnlyMemory<char>[][] _texts;
    private readonly long[][] _integers;
    private readonly double[][] _reals;
    private int _buffered;
    private int _capacity;
    private bool _disposed;

    public TableWriter(string folder, TableSchema schema)
    {
        _schema = schema;
        Directory.CreateDirectory(folder);
        _csv = new StreamWriter(Path.Combine(folder, schema.Name + ".csv"), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _csv.WriteLine(string.Join(',', schema.Columns.Select(c => Quote(c.Name))));
        _fields = [.. schema.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Integer => (DataField)new DataField<long>(c.Name, false),
            ColumnKind.Real => new DataField<double>(c.Name, false),
            _ => new DataField<string>(c.Name, false),
        })];
        _texts = [.. schema.Columns.Select(_ => Array.Empty<ReadOnlyMemory<char>>())];
        _integers = [.. schema.Columns.Select(_ => Array.Empty<long>())];
        _reals = [.. schema.Columns.Select(_ => Array.Empty<double>())];
        _parquetStream = File.Create(Path.Combine(folder, schema.Name + ".parquet"));
        _parquet = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _parquetStream).GetAwaiter().GetResult();
    }

    public TableSchema Schema => _schema;

    public long Rows { get; private set; }

    public void Add(params ReadOnlySpan<Cell> cells)
    {
        if (cells.Length != _schema.Columns.Length)
        {
            throw new ArgumentException($"{_schema.Name}: a row has {_schema.Columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var kind = _schema.Columns[i].Kind;
            if (cells[i].Kind != kind && !(kind == ColumnKind.Real && cells[i].Kind == ColumnKind.Integer))
            {
                throw new ArgumentException($"{_schema.Name}.{_schema.Columns[i].Name}: expected {kind}, got {cells[i].Kind}.", nameof(cells));
            }
        }

        if (_buffered == _capacity)
        {
            Grow();
        }

        Span<char> number = stackalloc char[32];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var kind = _schema.Columns[i].Kind;
            if (i > 0)
            {
                _csv.Write(',');
            }

            switch (kind)
            {
                case ColumnKind.Integer:
                    _integers[i][_buffered] = cell.Integer;
                    cell.Integer.TryFormat(number, out var written, default, CultureInfo.InvariantCulture);
                    _csv.Write(number[..written]);
                    break;
                case ColumnKind.Real:
                    var real = cell.Kind == ColumnKind.Integer ? cell.Integer : cell.Real;
                    _reals[i][_buffered] = real;
                    real.TryFormat(number, out written, "R", CultureInfo.InvariantCulture);
                    _csv.Write(number[..written]);
                    break;
                default:
                    var text = cell.Text ?? "";
                    _texts[i][_buffered] = text.AsMemory();
                    if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
                    {
                        _csv.Write(text);
                    }
                    else
                    {
                        _csv.Write(Quote(text));
                    }

                    break;
            }
        }

        _csv.Write('\n');
        Rows++;
        if (++_buffered == RowGroupSize)
        {
            FlushRowGroup();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_buffered > 0 || Rows == 0)
        {
            FlushRowGroup();
        }

        _csv.Dispose();
        _parquet.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _parquetStream.Dispose();
    }

    /// <summary>Small tables stay small: buffers for 1,024 rows first, then (a table that grew past them is usually large) a whole row group.</summary>
    private void Grow()
    {
        _capacity = _capacity == 0 ? Math.Min(1024, RowGroupSize) : RowGroupSize;
        for (var i = 0; i < _schema.Columns.Length; i++)
        {
            switch (_schema.Columns[i].Kind)
            {
                case ColumnKind.Integer:
                    Array.Resize(ref _integers[i], _capacity);
                    break;
                case ColumnKind.Real:
                    Array.Resize(ref _reals[i], _capacity);
                    break;
                default:
                    Array.Resize(ref _texts[i], _capacity);
                    break;
            }
        }
    }

    private void FlushRowGroup()
    {
        using (var group = _parquet.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var write = _schema.Columns[i].Kind switch
                {
                    ColumnKind.Integer => group.WriteAsync<long>(_fields[i], _integers[i].AsMemory(0, _buffered)),
                    ColumnKind.Real => group.WriteAsync<double>(_fields[i], _reals[i].AsMemory(0, _buffered)),
                    _ => group.WriteAsync<ReadOnlyMemory<char>>(_fields[i], _texts[i].AsMemory(0, _buffered)),
                };
                write.GetAwaiter().GetResult();
            }

            group.CompleteValidate();
        }

        foreach (var texts in _texts)
        {
            Array.Clear(texts, 0, Math.Min(_buffered, texts.Length)); // the buffers must not keep a written row group's strings alive
        }

        _buffered = 0;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>Reads back a table written by <see cref="TableWriter"/> from its CSV file, row by row (for merging).</summary>
public static class TableReader
{
    public static IEnumerable<Cell[]> Rows(string folder, TableSchema schema)
    {
        var path = Path.Combine(folder, schema.Name + ".csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: missing (not an analyze output folder?).", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = 1;
        var header = ReadRecord(reader, ref line);
        if (header is null || !header.SequenceEqual(schema.Columns.Select(c => c.Name)))
        {
            throw new InvalidDataException($"{path}: the header is not {string.Join(',', schema.Columns.Select(c => c.Name))}.");
        }

        while (true)
        {
            var at = line;
            var record = ReadRecord(reader, ref line);
            if (record is null)
            {
                yield break;
            }

            if (record.Count != schema.Columns.Length)
            {
                throw new InvalidDataException($"{path}:{at}: {record.Count} fields, expected {schema.Columns.Length}.");
            }

            var cells = new Cell[record.Count];
            for (var i = 0; i < record.Count; i++)
            {
                try
                {
                    cells[i] = Cell.Parse(record[i], schema.Columns[i].Kind);
                }
                catch (FormatException)
                {
                    throw new InvalidDataException($"{path}:{at}: column {schema.Columns[i].Name} is not a {schema.Columns[i].Kind}: \"{record[i]}\".");
                }
            }

            yield return cells;
        }
    }

    /// <summary>One RFC 4180 record (quoted fields may hold commas, quotes and line breaks); null at the end of the file.</summary>
    private static List<string>? ReadRecord(TextReader reader, ref int line)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new InvalidDataException($"line {line}: a quoted field is not closed.");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or -1:
                    line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
