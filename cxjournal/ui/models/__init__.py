"""Qt item models over what the services return (tables with named columns and roles)."""
