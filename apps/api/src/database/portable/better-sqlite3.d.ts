// The few parts of better-sqlite3 the operations tool uses (the package ships no types and
// TypeORM's driver hides its handle); declared here rather than adding @types for them.
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement {
      run(...parameters: unknown[]): { changes: number };
      get(...parameters: unknown[]): unknown;
      all(...parameters: unknown[]): unknown[];
      iterate(...parameters: unknown[]): IterableIterator<unknown>;
    }
    interface Database {
      prepare(sql: string): Statement;
      pragma(sql: string, options?: { simple?: boolean }): unknown;
      defaultSafeIntegers(toggle?: boolean): this;
      backup(destination: string): Promise<{ totalPages: number; remainingPages: number }>;
      close(): this;
    }
  }
  interface DatabaseConstructor {
    new (
      filename: string,
      options?: { readonly?: boolean; fileMustExist?: boolean },
    ): Database.Database;
  }
  const Database: DatabaseConstructor;
  export = Database;
}
