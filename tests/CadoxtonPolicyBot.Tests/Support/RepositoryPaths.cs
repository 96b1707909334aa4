namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>Finds the repository (the folder with CadoxtonPolicyBot.sln) and ../shared beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "CadoxtonPolicyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CadoxtonPolicyBot.sln was not found above the test assembly.");
    }
}
