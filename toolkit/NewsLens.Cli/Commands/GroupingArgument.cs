using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>The `--by` value of mentions, sentiment and compare, checked the same way for all three.</summary>
internal static class GroupingArgument
{
    /// <summary>
    /// Fails with one line naming the variable and the variables the corpus has when no article has
    /// <paramref name="variable"/>; outlet, article, document and corpus always work.
    /// </summary>
    public static string Require(TokenizedCorpus corpus, string variable)
    {
        try
        {
            DocumentGrouping.Check(corpus.Articles.Select(a => a.Article), variable);
            return variable;
        }
        catch (UnknownVariableException e)
        {
            throw new CliException(e.Message);
        }
    }
}
