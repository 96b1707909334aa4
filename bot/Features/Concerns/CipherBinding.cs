namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>What each ciphertext is bound to (AES-GCM associated data): a value only decrypts in its own row and field.</summary>
internal static class CipherBinding
{
    public static string Details(Guid concernId) => $"concern:{concernId:N}:details";

    public static string Content(Guid evidenceId) => $"evidence:{evidenceId:N}:content";

    public static string FileName(Guid evidenceId) => $"evidence:{evidenceId:N}:name";

    public static string Note(Guid noteId) => $"note:{noteId:N}:text";

    public static string NoteAuthor(Guid noteId) => $"note:{noteId:N}:author";
}
