using Microsoft.Data.Sqlite;

namespace Scim.Server.Tests;

/// <summary>A temporary directory holding one server's SQLite file; deleted (with its WAL files) on dispose.</summary>
public sealed class ServerDirectory : IDisposable
{
    public ServerDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scim-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "scim.db");

    public string ConnectionString => $"Data Source={DatabaseFile}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Another test's pooled connection may still hold a handle for a moment; the OS temp cleaner gets it.
        }
    }
}
