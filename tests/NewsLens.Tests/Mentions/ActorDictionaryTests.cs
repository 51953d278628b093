using NewsLens.Mentions;

namespace NewsLens.Tests.Mentions;

public sealed class ActorDictionaryTests
{
    private const string ValidActors = """
        {
          "actors": [
            { "key": "turkey", "kind": "country", "aliases": ["Turkey"] },
            { "key": "cavusoglu", "kind": "person", "state": "turkey", "aliases": ["Cavusoglu"] }
          ]
        }
        """;

    [Fact]
    public void Given_seed_dictionary_When_loaded_Then_every_actor_of_the_seed_story_is_defined_with_its_kind()
    {
        var actors = MentionTestData.SeedActors;

        var expected = new Dictionary<string, ActorKind>
        {
            ["turkey"] = ActorKind.Country, ["syria"] = ActorKind.Country, ["russia"] = ActorKind.Country, ["iran"] = ActorKind.Country,
            ["saudi_arabia"] = ActorKind.Country, ["us"] = ActorKind.Country, ["nato"] = ActorKind.Organisation, ["arab_league"] = ActorKind.Organisation,
            ["cavusoglu"] = ActorKind.Person, ["mekdad"] = ActorKind.Person, ["lavrov"] = ActorKind.Person, ["bogdanov"] = ActorKind.Person,
            ["amir_abdollahian"] = ActorKind.Person, ["sousan"] = ActorKind.Person, ["kalin"] = ActorKind.Person, ["erdogan"] = ActorKind.Person,
            ["putin"] = ActorKind.Person, ["assad"] = ActorKind.Person,
        };
        foreach (var (key, kind) in expected)
        {
            Assert.True(actors.Contains(key), $"missing actor {key}");
            Assert.Equal(kind, actors[key].Kind);
        }

        Assert.Equal("turkey", actors["cavusoglu"].State);
        Assert.Equal("syria", actors["mekdad"].State);
        Assert.Equal("iran", actors["amir_abdollahian"].State);
        Assert.Contains(actors["turkey"].Demonyms, d => d.Text == "Turkish");
        Assert.Contains(actors["syria"].Metonyms, m => m.Text == "Damascus");
        Assert.Contains(actors["syria"].Aliases, a => a.Text == "Assad regime" && a.AlsoMentions.SequenceEqual(["assad"]));
    }

    [Fact]
    public void Given_comments_and_trailing_commas_When_parsed_Then_the_dictionary_loads()
    {
        var actors = ActorDictionary.Parse("""
            // a comment
            { "actors": [ { "key": "nato", "kind": "organization", "aliases": ["NATO",], /* inline */ }, ] }
            """);

        Assert.Equal(ActorKind.Organisation, actors["nato"].Kind);
        Assert.Equal("NATO", actors["nato"].Name);
    }

    [Fact]
    public void Given_an_unknown_kind_When_parsed_Then_the_error_names_the_file_the_line_and_the_kind()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(ValidActors.Replace("\"kind\": \"country\"", "\"kind\": \"county\""), "my-actors.json"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("my-actors.json, line 3: ", error.Message);
        Assert.Contains("unknown kind the string \"county\" for actor \"turkey\"", error.Message);
        Assert.Contains("country, person, organisation or place", error.Message);
    }

    [Fact]
    public void Given_a_state_link_to_an_undefined_actor_When_parsed_Then_the_error_names_the_link_and_its_line()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(ValidActors.Replace("\"state\": \"turkey\"", "\"state\": \"turkiye\""), "a.json"));

        Assert.Equal(4, error.Line);
        Assert.Contains("links to state \"turkiye\", which is not defined", error.Message);
    }

    [Fact]
    public void Given_also_mentions_an_undefined_actor_When_parsed_Then_the_error_names_the_alias_and_its_line()
    {
        const string json = """
            { "actors": [
              { "key": "syria", "kind": "country", "aliases": [
                  "Syria",
                  { "text": "Assad regime", "alsoMentions": ["assad"] }
              ] }
            ] }
            """;

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(json, "a.json"));

        Assert.Equal(4, error.Line);
        Assert.Contains("\"Assad regime\" of actor \"syria\" also mentions \"assad\", which is not defined", error.Message);
    }

    [Fact]
    public void Given_a_duplicate_key_When_parsed_Then_the_error_gives_both_lines()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(ValidActors.Replace("\"key\": \"cavusoglu\"", "\"key\": \"Turkey\""), "a.json"));

        Assert.Equal(4, error.Line);
        Assert.Contains("duplicate key \"Turkey\" (first defined on line 3)", error.Message);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"--\"")]
    public void Given_an_empty_alias_When_parsed_Then_the_error_names_the_actor_and_line(string alias)
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(ValidActors.Replace("[\"Cavusoglu\"]", $"[\"Cavusoglu\",\n {alias}]"), "a.json"));

        Assert.Equal(5, error.Line);
        Assert.Contains("empty alias entry", error.Message);
        Assert.Contains("actor \"cavusoglu\"", error.Message);
    }

    [Fact]
    public void Given_a_misspelt_property_When_parsed_Then_the_error_names_it()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(ValidActors.Replace("\"state\"", "\"country\""), "a.json"));

        Assert.Equal(4, error.Line);
        Assert.Contains("unknown property \"country\"", error.Message);
    }

    [Fact]
    public void Given_a_state_link_to_a_person_When_parsed_Then_the_error_says_it_must_be_a_country()
    {
        const string json = """
            { "actors": [
              { "key": "a", "kind": "person", "aliases": ["A"] },
              { "key": "b", "kind": "person", "state": "a", "aliases": ["B"] }
            ] }
            """;

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(json, "a.json"));

        Assert.Equal(3, error.Line);
        Assert.Contains("which is a person, not a country", error.Message);
    }

    [Fact]
    public void Given_broken_json_When_parsed_Then_the_error_gives_the_line_reported_by_the_json_reader()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse("{\n \"actors\": [\n { \"key\": \"a\" \"kind\": \"place\" }\n ]\n}", "broken.json"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("broken.json, line 3: invalid JSON", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void Given_a_bad_dictionary_file_When_loaded_Then_the_error_names_the_path_and_line()
    {
        var path = MentionTestData.DataPath("bad-kind.json");

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Load(path));

        Assert.Equal(path, error.DictionaryFile);
        Assert.Equal(7, error.Line);
        Assert.Equal($"{path}, line 7: unknown kind the string \"ngo\" for actor \"red_crescent\" (expected country, person, organisation or place)", error.Message);
    }

    [Fact]
    public void Given_a_missing_file_When_loaded_Then_the_error_names_the_path()
    {
        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Load("/no/such/actors.json"));

        Assert.StartsWith("/no/such/actors.json: cannot read the file", error.Message);
    }

    [Fact]
    public void Given_actors_built_in_code_When_created_Then_the_same_rules_apply()
    {
        var person = new Actor("p", "P", ActorKind.Person, [ActorAlias.Plain("P")], [], [], "nowhere");

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Create([person]));

        Assert.Null(error.Line);
        Assert.Contains("\"nowhere\", which is not defined", error.Message);
    }

    [Fact]
    public void Given_an_alias_shared_by_two_actors_When_parsed_Then_the_error_names_both_actors_and_lines()
    {
        const string json = """
            {
              "actors": [
                { "key": "turkey", "kind": "country", "aliases": ["Turkey", "Ankara government"] },
                { "key": "erdogan", "kind": "person", "state": "turkey",
                  "aliases": ["Erdogan", "Ankara Government"] }
              ]
            }
            """;

        var error = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(json, "a.json"));

        Assert.Equal(5, error.Line);
        Assert.Contains("alias \"Ankara Government\" of actor \"erdogan\" is also alias \"Ankara government\" of actor \"turkey\" on line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("alsoMentions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_shared_alias_marked_with_also_mentions_When_parsed_Then_it_loads()
    {
        const string json = """
            {
              "actors": [
                { "key": "turkey", "kind": "country", "aliases": ["Turkey", { "text": "Ankara government", "alsoMentions": ["erdogan"] }] },
                { "key": "erdogan", "kind": "person", "aliases": ["Erdogan", "Ankara government"] }
              ]
            }
            """;

        var actors = ActorDictionary.Parse(json, "a.json");

        Assert.Equal(2, actors.Count);
    }

    [Fact]
    public void Given_an_alias_that_is_another_actors_metonym_When_parsed_Then_it_loads_as_a_labelled_link()
    {
        // The seed dictionary's case: "Moscow" is the venue (a place) and Russia's metonym.
        const string json = """
            { "actors": [
                { "key": "russia", "kind": "country", "aliases": ["Russia"], "metonyms": ["Moscow"] },
                { "key": "moscow", "kind": "place", "aliases": ["Moscow"] } ] }
            """;

        Assert.Equal(2, ActorDictionary.Parse(json, "a.json").Count);
        var twoMetonyms = Assert.Throws<ActorDictionaryException>(() => ActorDictionary.Parse(json.Replace("\"place\", \"aliases\": [\"Moscow\"]", "\"place\", \"aliases\": [\"Moskva\"], \"metonyms\": [\"moscow\"]"), "a.json"));
        Assert.Contains("metonym \"moscow\" of actor \"moscow\" is also metonym \"Moscow\" of actor \"russia\"", twoMetonyms.Message, StringComparison.Ordinal);
    }
}
