using Xunit;
using NeuronTopology.IO;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class CsvDatasetReaderTests
{
    private static Dataset Read(string text, CsvDatasetOptions? options = null) =>
        CsvDatasetReader.Read(new StringReader(text), "table.csv", options);

    [Fact]
    public void Read_WithoutHeader_LastColumnIsTarget()
    {
        Dataset dataset = Read("1,2,3\n4,5.5,6e-1\n");

        Assert.Equal(2, dataset.Count);
        Assert.Equal(2, dataset.InputDimension);
        Assert.Equal([1.0, 2, 4, 5.5], dataset.Inputs.Data);
        Assert.Equal([3.0, 0.6], dataset.Targets!.Data);
    }

    [Fact]
    public void Read_DetectsHeaderAndSelectsTargetsByName()
    {
        const string text = "# comment\nx1, y, x2 ,z\n\n1,2,3,4\n5,6,7,8\n";
        Dataset dataset = Read(text, new CsvDatasetOptions { TargetColumnNames = ["z", "y"] });

        Assert.Equal([1.0, 3, 5, 7], dataset.Inputs.Data);
        Assert.Equal([4.0, 2, 8, 6], dataset.Targets!.Data);
    }

    [Fact]
    public void Read_TargetsByIndexIncludingNegative()
    {
        Dataset dataset = Read("1,2,3\n4,5,6\n", new CsvDatasetOptions { TargetColumns = [0, -2] });

        Assert.Equal([3.0, 6], dataset.Inputs.Data);
        Assert.Equal([1.0, 2, 4, 5], dataset.Targets!.Data);
    }

    [Fact]
    public void Read_ClassLabels()
    {
        Dataset dataset = Read("0.5,2\n0.25,0\n1,1.0\n", new CsvDatasetOptions { TargetKind = TargetKind.ClassLabels });

        Assert.Equal([2, 0, 1], dataset.Labels!);
        Assert.Equal(3, dataset.ClassCount);

        Dataset wider = Read("0.5,2\n", new CsvDatasetOptions { TargetKind = TargetKind.ClassLabels, ClassCount = 10 });
        Assert.Equal(10, wider.ClassCount);
    }

    [Fact]
    public void Read_SemicolonDelimiter()
    {
        Dataset dataset = Read("1;2\n3;4\n", new CsvDatasetOptions { Delimiter = ';' });
        Assert.Equal([1.0, 3], dataset.Inputs.Data);
    }

    [Theory]
    [InlineData("1,2\n3,abc\n", 2, "'abc' is not a number")]
    [InlineData("1,2\n3,NaN\n", 2, "'NaN' is not finite")]
    [InlineData("a,b\n1,2\n-Infinity,2\n", 3, "'-Infinity' is not finite")]
    [InlineData("1,2\n3,4,5\n", 2, "found 3 fields; expected 2")]
    [InlineData("1,2\n3\n", 2, "found 1 fields; expected 2")]
    public void Read_BadLine_NamesFileLineAndValue(string text, int line, string fragment)
    {
        var exception = Assert.Throws<InputFormatException>(() => Read(text));

        Assert.Equal("table.csv", exception.Source);
        Assert.Equal(line, exception.Line);
        Assert.Contains(fragment, exception.Message);
    }

    [Theory]
    [InlineData("1,2.5\n", "'2.5' is not a class label")]
    [InlineData("1,-1\n", "'-1' is not a class label")]
    public void Read_BadLabel_NamesLineAndValue(string text, string fragment)
    {
        var exception = Assert.Throws<InputFormatException>(() => Read(text, new CsvDatasetOptions { TargetKind = TargetKind.ClassLabels }));

        Assert.Equal(1, exception.Line);
        Assert.Contains(fragment, exception.Message);
    }

    [Fact]
    public void Read_LabelAboveClassCount_Throws()
    {
        var exception = Assert.Throws<InputFormatException>(() =>
            Read("1,0\n1,3\n", new CsvDatasetOptions { TargetKind = TargetKind.ClassLabels, ClassCount = 3 }));

        Assert.Equal(2, exception.Line);
        Assert.Contains("label 3 is out of range", exception.Message);
    }

    [Fact]
    public void Read_UnknownTargets_Throw()
    {
        Assert.Contains("no column is named 'w'",
            Assert.Throws<InputFormatException>(() => Read("x,y\n1,2\n", new CsvDatasetOptions { TargetColumnNames = ["w"] })).Message);
        Assert.Contains("no header",
            Assert.Throws<InputFormatException>(() => Read("1,2\n", new CsvDatasetOptions { TargetColumnNames = ["y"] })).Message);
        Assert.Contains("target column 5 does not exist",
            Assert.Throws<InputFormatException>(() => Read("1,2\n", new CsvDatasetOptions { TargetColumns = [5] })).Message);
        Assert.Contains("every column is a target",
            Assert.Throws<InputFormatException>(() => Read("1,2\n", new CsvDatasetOptions { TargetColumns = [0, 1] })).Message);
        Assert.Contains("listed twice",
            Assert.Throws<InputFormatException>(() => Read("1,2,3\n", new CsvDatasetOptions { TargetColumns = [1, -2] })).Message);
    }

    [Fact]
    public void Read_NoData_Throws()
    {
        Assert.Contains("no data rows", Assert.Throws<InputFormatException>(() => Read("x,y\n\n")).Message);
        Assert.Contains("no data rows", Assert.Throws<InputFormatException>(() => Read("")).Message);
    }

    [Fact]
    public void Read_HeaderModes()
    {
        // Forced header: the numeric first line is dropped.
        Dataset present = Read("1,2\n3,4\n", new CsvDatasetOptions { Header = CsvHeaderMode.Present });
        Assert.Equal(1, present.Count);

        // Forced absent: a text first line is data and fails to parse on line 1.
        var exception = Assert.Throws<InputFormatException>(() => Read("x,y\n3,4\n", new CsvDatasetOptions { Header = CsvHeaderMode.Absent }));
        Assert.Equal(1, exception.Line);
    }

    [Fact]
    public void Read_FileReportsPath()
    {
        string path = Path.Combine(Path.GetTempPath(), "ntopo-csv-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "1,2\n3,x\n");
        try
        {
            var exception = Assert.Throws<InputFormatException>(() => CsvDatasetReader.Read(path));
            Assert.Equal(path, exception.Source);
            Assert.StartsWith($"{path}, line 2:", exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
