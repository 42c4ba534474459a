import { openDB, type IDBPDatabase } from 'idb';

const DB_NAME = 'flowsteer-studio';
const STORE = 'autosave';

/** Saved documents by key (the workflow file JSON, the open state), kept in IndexedDB. */
export interface IdbDocumentStore {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
}

/** Opens (creating on first use) the app's IndexedDB database of autosaved documents. */
export function createIdbDocumentStore(dbName = DB_NAME): IdbDocumentStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    db ??= openDB(dbName, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    });
    return db;
  };
  return {
    async load(key) {
      return (await open()).get(STORE, key);
    },
    async save(key, value) {
      await (await open()).put(STORE, value, key);
    },
  };
}
