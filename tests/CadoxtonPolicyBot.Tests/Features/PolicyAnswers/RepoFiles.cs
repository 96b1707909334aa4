namespace CadoxtonPolicyBot.Tests.Features.PolicyAnswers;

/// <summary>Finds files by walking up from the test assembly to the directory holding the solution.</summary>
internal static class RepoFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CadoxtonPolicyBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("CadoxtonPolicyBot.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);
}
