using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class AgreementTests
{
    [Fact]
    public void Given_KnownConfusion_When_Computed_Then_KappaMatchesHandCalculation()
    {
        // 2x2: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no. po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4
        var pairs = Enumerable.Repeat(("yes", "yes"), 20)
            .Concat(Enumerable.Repeat(("yes", "no"), 5))
            .Concat(Enumerable.Repeat(("no", "yes"), 10))
            .Concat(Enumerable.Repeat(("no", "no"), 15));

        var agreement = Agreement.Compute(pairs);

        Assert.Equal(0.7, agreement.Accuracy, 1e-12);
        Assert.Equal(0.4, agreement.Kappa, 1e-12);
        Assert.Equal(20, agreement.Confusion[("yes", "yes")]);
    }

    [Fact]
    public void Given_PerfectAgreement_When_Computed_Then_AllOne()
    {
        var agreement = Agreement.Compute([("a", "a"), ("b", "b"), ("c", "c")]);

        Assert.Equal(1, agreement.Accuracy);
        Assert.Equal(1, agreement.Kappa, 1e-12);
        Assert.Equal(1, agreement.MacroF1, 1e-12);
    }
}
