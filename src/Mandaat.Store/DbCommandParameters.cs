using System.Data.Common;

namespace Mandaat.Store;

/// <summary>Named parameters on a plain ADO.NET command, for the few statements that do not go through Dapper.</summary>
public static class DbCommandParameters
{
    /// <summary>Adds a parameter with this name and value and returns it, so a statement run again can be given new values.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
